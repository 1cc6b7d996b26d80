package dev.gluefailover.aws;

import dev.gluefailover.cli.MainCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The command line as a user runs it against {@link FakeAws}, through the same client building:
 * registered on a test class ({@code @RegisterExtension}), it puts fake keys in the system
 * properties the SDK's default chain reads first, and puts back what was there after each test,
 * so no other test sees them; {@link #run} runs one command and keeps its exit code and output.
 */
final class LiveCommandLine implements BeforeEachCallback, AfterEachCallback {
    static final String KEY = "aws.accessKeyId";
    static final String SECRET = "aws.secretAccessKey";
    private String oldKey;
    private String oldSecret;

    /** What a command returned and printed. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MainCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        oldKey = System.setProperty(KEY, "AKIDCLI");
        oldSecret = System.setProperty(SECRET, "cli-secret");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        restore(KEY, oldKey);
        restore(SECRET, oldSecret);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
