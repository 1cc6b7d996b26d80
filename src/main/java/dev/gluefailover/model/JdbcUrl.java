package dev.gluefailover.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDBC URL without the credentials people put into it: the user-info of the authority
 * ({@code jdbc:mysql://admin:secret@host/db}), Oracle's {@code user/password@} form, and
 * credential parameters in either style ({@code ?password=…&user=…}, SQL Server's and DB2's
 * {@code ;password=…}). The host, port, database and every other parameter stay, so the diagram
 * and reports can still name the data store. Applied to every connection the model holds, so no
 * file the tool writes can carry them, whatever the source.
 */
public final class JdbcUrl {
    /** Parameter names that carry a secret or the identity it belongs to (compared without case). */
    static final Set<String> CREDENTIAL_KEYS = Set.of("password", "pwd", "passwd", "pass", "user", "username", "uid",
            "userid", "user id", "secret", "secretaccesskey", "accesskeyid", "sessiontoken", "token", "accesstoken",
            "apikey", "api_key", "privatekey", "private_key", "sslpassword", "keystorepassword", "truststorepassword",
            "clientsecret", "client_secret", "oauthclientsecret");

    private static final Pattern ORACLE = Pattern.compile("(?i)^(jdbc:oracle:[a-z0-9]+:)([^@]*)@(.*)$");
    private static final Pattern PARAM = Pattern.compile("([?&;:])([^=?&;:/@]+)=([^&;]*)");

    private JdbcUrl() {
    }

    /** The URL without credentials; null stays null. */
    public static String withoutCredentials(String url) {
        if (url == null || url.isEmpty()) {
            return url;
        }
        String u = url;
        Matcher oracle = ORACLE.matcher(u);
        if (oracle.matches() && !oracle.group(2).isEmpty()) {
            // jdbc:oracle:thin:scott/tiger@//host:1521/svc -> jdbc:oracle:thin:@//host:1521/svc
            u = oracle.group(1) + "@" + oracle.group(3);
        }
        u = withoutUserInfo(u);
        return withoutCredentialParameters(u);
    }

    /** True when {@link #withoutCredentials} would change the URL. */
    public static boolean hasCredentials(String url) {
        return url != null && !url.equals(withoutCredentials(url));
    }

    private static String withoutUserInfo(String u) {
        int scheme = u.indexOf("://");
        if (scheme < 0) {
            return u;
        }
        int start = scheme + 3;
        int end = u.length();
        for (int i = start; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c == '/' || c == '?' || c == ';' || c == '#') {
                end = i;
                break;
            }
        }
        int at = u.lastIndexOf('@', end - 1);
        if (at < start) {
            return u;
        }
        return u.substring(0, start) + u.substring(at + 1);
    }

    private static String withoutCredentialParameters(String u) {
        int scheme = u.indexOf("://");
        int searchFrom = scheme < 0 ? 0 : scheme + 3;
        // Parameters start after the authority: at the first '?' or ';' (or ':' for DB2's "db:k=v;").
        StringBuilder out = new StringBuilder(u.length());
        Matcher m = PARAM.matcher(u);
        int last = 0;
        boolean removed = false;
        while (m.find()) {
            if (m.start() < searchFrom) {
                continue;
            }
            String key = m.group(2).trim().toLowerCase(Locale.ROOT);
            if (CREDENTIAL_KEYS.contains(key)) {
                out.append(u, last, m.start());
                // keep the separator when it opens the parameter list, so what follows stays well-formed
                out.append(m.group(1).equals("?") || m.group(1).equals(":") ? m.group(1) : "");
                last = m.end();
                removed = true;
            }
        }
        if (!removed) {
            return u;
        }
        out.append(u.substring(last));
        String s = out.toString();
        s = s.replace("?&", "?").replace("&&", "&").replace(";;", ";").replace(":;", ":");
        while (s.endsWith("?") || s.endsWith("&") || s.endsWith(";") || (s.endsWith(":") && scheme >= 0
                && s.lastIndexOf('/') > scheme + 2)) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
