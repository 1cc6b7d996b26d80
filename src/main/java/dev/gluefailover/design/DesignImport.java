package dev.gluefailover.design;

import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.SnapshotLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a design — a CloudFormation template (JSON or YAML, including {@code cdk synth} output)
 * or the JSON of a Terraform plan ({@code terraform show -json PLAN}) — into a {@link Snapshot}
 * the engine evaluates like any other. Values nobody observed are in
 * {@link Snapshot#assumptions()}; what could not be used is in {@link Result#warnings()}.
 */
public final class DesignImport {
    private static final Logger LOG = LoggerFactory.getLogger(DesignImport.class);
    private static final Messages TEXT = Messages.of("design");

    /**
     * @param parameters template parameters given on the command line (KEY=VALUE), over the defaults
     * @param region     the region to deploy to (AWS::Region, Fn::GetAZs); null: the base's, else from
     *                   literal zone names, else us-east-1 (stated as assumed)
     * @param zones      the region's zone names for Fn::GetAZs (empty: a, b, c, stated as assumed)
     * @param base       what exists already, to lay the design over (null: the design alone)
     */
    public record Options(Map<String, String> parameters, String region, List<String> zones, Snapshot base) {
        public Options {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
            zones = zones == null ? List.of() : List.copyOf(zones);
        }

        public static Options defaults() {
            return new Options(Map.of(), null, List.of(), null);
        }
    }

    /**
     * @param snapshot the design as a snapshot (its assumptions listed in it)
     * @param warnings what could not be used, each with its logical id or address
     * @param ignored  one line counting the resources that play no part in Glue's choice; null when none
     */
    public record Result(Snapshot snapshot, List<DesignWarning> warnings, String ignored) {
        public Result {
            warnings = List.copyOf(warnings);
        }

        /** Every note for a person, in order: the warnings, then the ignored count. */
        public List<String> notes() {
            List<String> out = new ArrayList<>();
            warnings.forEach(w -> out.add(w.shown()));
            if (ignored != null) {
                out.add(ignored);
            }
            return out;
        }
    }

    private DesignImport() {
    }

    public static Result template(Path file, Options options) throws IOException, DesignException {
        return template(read(file), file.toString(), options);
    }

    public static Result template(byte[] content, String sourceName, Options options) throws DesignException {
        TemplateTree tree = TemplateTree.parse(sourceName, content);
        if (tree.root().has("format_version") && tree.root().has("planned_values")) {
            throw new DesignException(sourceName, 1, TEXT.get("error.isPlan"));
        }
        Result r = new CloudFormationTemplate(sourceName, tree, options).read();
        LOG.debug("template {}: {} subnets, {} connections, {} jobs, {} assumptions, {} warnings", sourceName,
                r.snapshot().subnets().size(), r.snapshot().connections().size(), r.snapshot().jobs().size(),
                r.snapshot().assumptions().size(), r.warnings().size());
        return r;
    }

    public static Result terraformPlan(Path file, Options options) throws IOException, DesignException {
        return terraformPlan(read(file), file.toString(), options);
    }

    public static Result terraformPlan(byte[] content, String sourceName, Options options) throws DesignException {
        TemplateTree tree = TemplateTree.parse(sourceName, content);
        if (tree.root().has("Resources") && !tree.root().has("planned_values")) {
            throw new DesignException(sourceName, 1, TEXT.get("error.isTemplate"));
        }
        return new TerraformPlan(sourceName, tree, options).read();
    }

    private static byte[] read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(Files.exists(file) ? TEXT.get("error.notFile", file) : TEXT.get("error.noFile", file));
        }
        if (Files.size(file) > SnapshotLimits.MAX_FILE_BYTES) {
            throw new IOException(TEXT.get("error.tooLarge", file, SnapshotLimits.MAX_FILE_BYTES / (1024 * 1024)));
        }
        return Files.readAllBytes(file);
    }
}
