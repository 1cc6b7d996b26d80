package dev.gluefailover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diagram: the format from the extension, atomic write, exit codes. */
class DiagramCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesSvgAndDrawioAndExitsZeroEvenWhenTheRunWouldFail() throws Exception {
        Path svg = dir.resolve("single-nat.svg");
        CommandLineTest.Result r = CommandLineTest.run("diagram", "--sample", "single-nat", "--fail", "az=use1-az1",
                "--dark", "--out", svg.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("Wrote"), r.out());
        String text = Files.readString(svg);
        assertTrue(text.contains("path-broken"));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());

        for (String name : new String[] {"three-az.drawio", "three-az.DRAWIO.xml"}) {
            Path drawio = dir.resolve("sub").resolve(name);
            r = CommandLineTest.run("diagram", "--sample", "three-az", "--fail", "az=use1-az1", "--all-vpcs",
                    "--out", drawio.toString());
            assertEquals(ExitCode.OK, r.code(), r.err());
            assertTrue(Files.readString(drawio).startsWith("<?xml"));
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(drawio.toFile());
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void badInputExitsTwo() {
        Path png = dir.resolve("x.png");
        CommandLineTest.Result r = CommandLineTest.run("diagram", "--sample", "three-az", "--out", png.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.err().contains(".svg") && r.err().contains(".drawio"), r.err());
        assertFalse(Files.exists(png));

        assertEquals(ExitCode.BAD_INPUT, CommandLineTest.run("diagram", "--sample", "no-such", "--out",
                dir.resolve("a.svg").toString()).code());
        assertEquals(ExitCode.BAD_INPUT, CommandLineTest.run("diagram", "--sample", "three-az", "--fail",
                "az=nowhere-az9", "--out", dir.resolve("a.svg").toString()).code());
        assertEquals(ExitCode.BAD_INPUT, CommandLineTest.run("diagram", "--sample", "three-az").code(), "--out required");
        assertFalse(Files.exists(dir.resolve("a.svg")));
    }
}
