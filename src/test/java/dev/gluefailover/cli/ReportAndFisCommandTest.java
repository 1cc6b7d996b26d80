package dev.gluefailover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report and fis-template on the command line: files written atomically, bad input exits 2. */
class ReportAndFisCommandTest {
    @TempDir
    Path dir;

    @Test
    void reportWritesHtmlOrMarkdownByFormatOrExtension() throws Exception {
        Path html = dir.resolve("sub").resolve("review.html");
        CommandLineTest.Result r = CommandLineTest.run("report", "--sample", "single-nat", "--fail", "az=us-east-1a",
                "--out", html.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        var doc = Jsoup.parse(Files.readString(html));
        assertEquals(3, doc.select("article.r-conn").size());
        assertTrue(doc.text().contains("AZ outage use1-az1"));

        Path md = dir.resolve("review.txt");
        r = CommandLineTest.run("report", "--sample", "single-nat", "--format", "markdown", "--out", md.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(Files.readString(md).startsWith("# Glue connection choice: orders-nightly-etl"));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void theHtmlReviewCarriesTheProvenRecommendationsWithBeforeAndAfterAndTheirCommands() throws Exception {
        Path html = dir.resolve("review.html");
        CommandLineTest.Result r = CommandLineTest.run("report", "--sample", "single-nat", "--out", html.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        var section = Jsoup.parse(Files.readString(html)).getElementById("r-recommendations");
        assertTrue(section != null, "a recommendations section");
        String text = section.text();
        assertTrue(text.contains("A NAT gateway per AZ"), text);
        assertTrue(text.contains("survives any single AZ outage: no (1 of 3 fatal) → yes"), text);
        assertTrue(text.contains("aws ec2 create-nat-gateway"), text);
        assertFalse(text.contains("not worked out"), text);

        // a job that survives everything: the section says there is nothing to recommend
        Path three = dir.resolve("three.html");
        assertEquals(ExitCode.OK, CommandLineTest.run("report", "--sample", "three-az", "--out", three.toString()).code());
        var none = Jsoup.parse(Files.readString(three)).getElementById("r-recommendations");
        assertFalse(none.text().contains("aws ec2 create-nat-gateway"), none.text());
    }

    @Test
    void reportRefusesWhatItCannotWrite() {
        Path odd = dir.resolve("review.pdf");
        CommandLineTest.Result r = CommandLineTest.run("report", "--sample", "single-nat", "--out", odd.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertFalse(Files.exists(odd));
        assertEquals(ExitCode.BAD_INPUT, CommandLineTest.run("report", "--sample", "single-nat", "--format", "pdf",
                "--out", dir.resolve("a.html").toString()).code());
        assertEquals(ExitCode.BAD_INPUT, CommandLineTest.run("report", "--sample", "single-nat", "--out",
                dir.toString() + "/", "--format", "html").code(), "a directory");
        assertEquals(ExitCode.BAD_INPUT, CommandLineTest.run("report", "--sample", "single-nat").code(), "--out required");
    }

    @Test
    void fisTemplateWritesTheTemplateAndTheRunbook() throws Exception {
        Path out = dir.resolve("fis");
        CommandLineTest.Result r = CommandLineTest.run("fis-template", "--sample", "single-nat", "--fail",
                "nat=nat-0c33natgw00001a", "--duration", "PT15M", "--role-arn",
                "arn:aws:iam::111122223333:role/fis", "--stop-alarm", "none", "--out", out.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        JsonNode t = new ObjectMapper().readTree(out.resolve("experiment-template.json").toFile());
        assertEquals("arn:aws:ec2:us-east-1:111122223333:subnet/subnet-0c33public0001a",
                t.at("/targets/nat-failure-nat-0c33natgw00001a-subnets/resourceArns/0").asText());
        assertEquals("PT15M", t.at("/actions/nat-failure-nat-0c33natgw00001a/parameters/duration").asText());
        assertEquals("arn:aws:iam::111122223333:role/fis", t.get("roleArn").asText());
        String runbook = Files.readString(out.resolve("runbook.md"));
        assertTrue(runbook.contains("aws fis start-experiment"), runbook);
        assertFalse(r.out().contains("REPLACE_WITH_"), "nothing left to fill in: " + r.out());
    }

    @Test
    void fisTemplateRefusesBadInputAndWritesNothing() {
        Path out = dir.resolve("none");
        assertEquals(ExitCode.BAD_INPUT, CommandLineTest.run("fis-template", "--sample", "single-nat", "--out",
                out.toString()).code(), "no --fail");
        assertEquals(ExitCode.BAD_INPUT, CommandLineTest.run("fis-template", "--sample", "endpoint-wrong-table",
                "--fail", "endpoint=vpce-0e55s3gateway01", "--out", out.toString()).code(), "nothing FIS can inject");
        assertEquals(ExitCode.BAD_INPUT, CommandLineTest.run("fis-template", "--sample", "single-nat", "--fail",
                "az=use1-az1", "--duration", "PT13H", "--out", out.toString()).code());
        assertEquals(ExitCode.BAD_INPUT, CommandLineTest.run("fis-template", "--sample", "single-nat", "--fail",
                "az=use1-az1", "--duration", "ten", "--out", out.toString()).code());
        CommandLineTest.Result r = CommandLineTest.run("fis-template", "--sample", "single-nat", "--fail",
                "az=use1-az1", "--role-arn", "arn:aws:iam::1:user/me", "--out", out.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("error: --role-arn"), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}
