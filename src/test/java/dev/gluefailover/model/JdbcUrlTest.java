package dev.gluefailover.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JdbcUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // MySQL / MariaDB / PostgreSQL user-info
        "jdbc:mysql://admin:secret@db.example.com:3306/sales | jdbc:mysql://db.example.com:3306/sales",
        "jdbc:mariadb://admin:p@ss@db.example.com/sales | jdbc:mariadb://db.example.com/sales",
        "jdbc:postgresql://etl@db.example.com:5432/dw | jdbc:postgresql://db.example.com:5432/dw",
        // query parameters, first, middle and last
        "jdbc:postgresql://db.example.com:5432/dw?user=etl&password=secret&ssl=true | jdbc:postgresql://db.example.com:5432/dw?ssl=true",
        "jdbc:postgresql://db.example.com/dw?ssl=true&password=secret | jdbc:postgresql://db.example.com/dw?ssl=true",
        "jdbc:mysql://db.example.com/sales?useSSL=true&PASSWORD=secret&serverTimezone=UTC | jdbc:mysql://db.example.com/sales?useSSL=true&serverTimezone=UTC",
        // Redshift with UID / PWD and IAM keys
        "jdbc:redshift://cluster.abc.us-east-1.redshift.amazonaws.com:5439/dev?UID=etl&PWD=secret | jdbc:redshift://cluster.abc.us-east-1.redshift.amazonaws.com:5439/dev",
        "jdbc:redshift:iam://cluster:5439/dev?AccessKeyID=AKIA1&SecretAccessKey=abc&ssl=true | jdbc:redshift:iam://cluster:5439/dev?ssl=true",
        // SQL Server: semicolon parameters
        "jdbc:sqlserver://db.example.com:1433;databaseName=sales;user=sa;password=secret | jdbc:sqlserver://db.example.com:1433;databaseName=sales",
        "jdbc:sqlserver://db.example.com:1433;password=secret;databaseName=sales;encrypt=true | jdbc:sqlserver://db.example.com:1433;databaseName=sales;encrypt=true",
        // Oracle thin: user/password@
        "jdbc:oracle:thin:scott/tiger@db.example.com:1521:ORCL | jdbc:oracle:thin:@db.example.com:1521:ORCL",
        "jdbc:oracle:thin:scott/tiger@//db.example.com:1521/sales.example.com | jdbc:oracle:thin:@//db.example.com:1521/sales.example.com",
        "jdbc:oracle:thin:@//db.example.com:1521/sales | jdbc:oracle:thin:@//db.example.com:1521/sales",
        // DB2: db:key=value;
        "jdbc:db2://db.example.com:50000/SALES:user=db2inst1;password=secret; | jdbc:db2://db.example.com:50000/SALES",
        "jdbc:db2://db.example.com:50000/SALES:user=db2inst1;password=secret;currentSchema=S; | jdbc:db2://db.example.com:50000/SALES:currentSchema=S",
        // MongoDB (Glue MONGODB connections) and pwd=
        "mongodb://admin:secret@docdb.example.com:27017/db?tls=true | mongodb://docdb.example.com:27017/db?tls=true",
        "jdbc:snowflake://acct.snowflakecomputing.com/?warehouse=W&pwd=secret | jdbc:snowflake://acct.snowflakecomputing.com/?warehouse=W",
        // nothing to strip
        "jdbc:mysql://db.example.com:3306/sales | jdbc:mysql://db.example.com:3306/sales",
        "jdbc:postgresql://db.example.com:5432/dw?ssl=true | jdbc:postgresql://db.example.com:5432/dw?ssl=true",
    })
    void stripsCredentialsAndKeepsHostPortAndDatabase(String url, String expected) {
        assertEquals(expected, JdbcUrl.withoutCredentials(url));
        assertTrue(url.equals(expected) != JdbcUrl.hasCredentials(url));
    }

    @Test
    void noSecretSurvivesInAnyForm() {
        for (String url : List.of("jdbc:mysql://admin:secret@h/db", "jdbc:postgresql://h/db?password=secret",
                "jdbc:sqlserver://h;password=secret", "jdbc:oracle:thin:scott/secret@h:1521:X",
                "jdbc:redshift://h:5439/dev?PWD=secret", "jdbc:db2://h:50000/DB:password=secret;")) {
            assertFalse(JdbcUrl.withoutCredentials(url).contains("secret"), url);
        }
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertNull(JdbcUrl.withoutCredentials(null));
        assertEquals("", JdbcUrl.withoutCredentials(""));
    }

    @Test
    void aConnectionNeverHoldsTheCredentials() {
        GlueConnection c = new GlueConnection("c", "JDBC", "subnet-1", List.of(), null,
                "jdbc:mysql://admin:secret@db.example.com:3306/sales?password=x");
        assertEquals("jdbc:mysql://db.example.com:3306/sales", c.jdbcUrl());
    }
}
