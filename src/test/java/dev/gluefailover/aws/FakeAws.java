package dev.gluefailover.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.GlueConnection;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.RolePermission;
import dev.gluefailover.model.Route;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.SecurityGroup;
import dev.gluefailover.model.SecurityGroupRule;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * A stand-in for EC2 (query protocol, XML), Glue (JSON 1.1) and IAM (query protocol, XML:
 * GetRole and SimulatePrincipalPolicy) on 127.0.0.1, serving one {@link Snapshot}. It behaves like AWS where the loader depends on it: NextToken pagination
 * with a small page size, InvalidSubnetID.NotFound for an id list with a missing id (filters
 * just leave it out), UnauthorizedOperation / AccessDeniedException for chosen actions,
 * throttling for the first N calls of an action, a delay per call, and a counter per action.
 * IAM answers from the jobs' roles: a role named {@code x} has the ARN
 * {@code arn:aws:iam::ACCOUNT:role/x} (or with the path set by {@link #rolePath}), and the
 * simulator's decision for an action is the snapshot's {@code rolePermissions} entry, else
 * {@code allowed}.
 * Real SDK clients talk to it over HTTP ({@link #clients()}). Public for the desktop tests in
 * {@code dev.gluefailover.ui}, which build their own clients against {@link #endpoint()}.
 */
public final class FakeAws implements AutoCloseable {
    static final String REGION = "eu-west-1";
    static final String PASSWORD = "hunter2-must-never-appear";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private volatile Snapshot snapshot;
    private volatile int pageSize = 1000;
    private volatile long delayMillis;
    private volatile java.util.concurrent.CountDownLatch hold;
    private final Map<String, Boolean> denied = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> throttles = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Collection<Request> requests = new ConcurrentLinkedQueue<>();
    private final Map<String, String> rawJdbcUrls = new ConcurrentHashMap<>();
    private final Collection<long[]> answered = new ConcurrentLinkedQueue<>();
    private volatile boolean bare;
    private final Map<String, String> rolePaths = new ConcurrentHashMap<>();
    private final java.util.Set<String> goneRoles = ConcurrentHashMap.newKeySet();
    private volatile boolean withoutIam;
    private final Map<String, Map<String, String>> extraArguments = new ConcurrentHashMap<>();
    /** STS's API version: the query-protocol requests that carry it are STS's. */
    private static final String STS_VERSION = "2011-06-15";
    /** Per account (by the assumed role's access key): the snapshot that account's requests see. */
    private final Map<String, Snapshot> accounts = new ConcurrentHashMap<>();
    private final Collection<String> signedBy = new ConcurrentLinkedQueue<>();
    private static final ThreadLocal<Snapshot> REQUEST_SNAPSHOT = new ThreadLocal<>();
    /** The access key id AssumeRole hands out for an account: requests signed with it see that account. */
    static String accessKeyFor(String account) {
        return "ASIAFAKE" + account;
    }
    /** The IAM API's version: the query-protocol requests that carry it are IAM's. */
    private static final String IAM_VERSION = "2010-05-08";

    /** One request as received: the action, the raw body and (EC2) the decoded form parameters. */
    record Request(String action, String body, Map<String, String> params, long receivedNanos) {
        Request(String action, String body, Map<String, String> params) {
            this(action, body, params, System.nanoTime());
        }
    }

    /** Every request received since the last reset, in arrival order. */
    List<Request> allRequests() {
        return requests.stream().sorted(java.util.Comparator.comparingLong(Request::receivedNanos)).toList();
    }

    /**
     * How many dependent round trips the requests took: the longest chain of requests each of
     * which arrived after the previous one had been answered. Independent calls sent together count
     * once, however the threads happened to be scheduled.
     */
    int roundTrips() {
        List<long[]> done = List.copyOf(answered); // {arrival, answered}
        int[] depth = new int[done.size()];
        int max = 0;
        for (int i = 0; i < done.size(); i++) {
            int d = 1;
            for (int j = 0; j < done.size(); j++) {
                if (j != i && done.get(j)[1] <= done.get(i)[0]) {
                    d = Math.max(d, depthOf(done, j, depth) + 1);
                }
            }
            depth[i] = d;
            max = Math.max(max, d);
        }
        return max;
    }

    private static int depthOf(List<long[]> done, int j, int[] memo) {
        if (memo[j] > 0) {
            return memo[j];
        }
        int d = 1;
        for (int k = 0; k < done.size(); k++) {
            if (k != j && done.get(k)[1] <= done.get(j)[0]) {
                d = Math.max(d, depthOf(done, k, memo) + 1);
            }
        }
        memo[j] = d;
        return d;
    }

    /** The snapshot this request sees: its account's when it is signed with an assumed role's key. */
    private Snapshot current() {
        Snapshot s = REQUEST_SNAPSHOT.get();
        return s != null ? s : snapshot;
    }

    /**
     * Serves {@code s} to requests signed with the credentials AssumeRole gives for {@code account};
     * AssumeRole into an account not added here answers AccessDenied.
     */
    FakeAws account(String account, Snapshot s) {
        accounts.put(account, s);
        return this;
    }

    /** Answers this action with access denied, only in this account (e.g. a describe the role lacks there). */
    FakeAws denyIn(String account, String action) {
        denied.put(account + ":" + action, true);
        return this;
    }

    /** The accounts the requests were signed for ("-" for the base credentials), in arrival order. */
    List<String> signedBy() {
        return List.copyOf(signedBy);
    }

    private static String accountOf(String authorization) {
        if (authorization == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Credential=ASIAFAKE(\\d{12})/").matcher(authorization);
        return m.find() ? m.group(1) : null;
    }

    private FakeAws(Snapshot snapshot) throws IOException {
        this.snapshot = snapshot;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-aws");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeAws serve(Snapshot snapshot) {
        try {
            return new FakeAws(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    FakeAws snapshot(Snapshot s) {
        this.snapshot = s;
        return this;
    }

    FakeAws pageSize(int size) {
        this.pageSize = size;
        return this;
    }

    public FakeAws delay(Duration delay) {
        this.delayMillis = delay.toMillis();
        return this;
    }

    /** The delay added to every call now (0: none). */
    public Duration delay() {
        return Duration.ofMillis(delayMillis);
    }

    /**
     * Holds every request from now on (counted, not answered) until {@link #release()}: a call stays
     * in flight exactly as long as a test needs, e.g. to cancel a scan while it waits, with no sleep.
     */
    public FakeAws holdRequests() {
        hold = new java.util.concurrent.CountDownLatch(1);
        return this;
    }

    /** Answers the held requests and every later one at once. */
    public void release() {
        java.util.concurrent.CountDownLatch h = hold;
        hold = null;
        if (h != null) {
            h.countDown();
        }
    }

    /** Answers this action (e.g. "DescribeRouteTables", "GetConnection") with access denied. */
    public FakeAws deny(String action) {
        denied.put(action, true);
        return this;
    }

    /**
     * Serves this JDBC URL for the connection exactly as given (the model would strip credentials
     * from it), as Glue returns what the user typed.
     */
    FakeAws rawJdbcUrl(String connection, String url) {
        rawJdbcUrls.put(connection, url);
        return this;
    }

    /**
     * Answers with every optional field left out: EC2 items keep only their ids and the sets that
     * link them, Glue objects only their names and connection lists. AWS may omit any of these.
     */
    FakeAws omitOptionalFields() {
        this.bare = true;
        return this;
    }

    /** The IAM path of a role the jobs name without one (default {@code /}), e.g. {@code /service-role/}. */
    FakeAws rolePath(String roleName, String path) {
        rolePaths.put(roleName, path);
        return this;
    }

    /** Behaves like an emulator that speaks only EC2 and Glue: IAM requests get EC2's InvalidAction. */
    FakeAws withoutIam() {
        this.withoutIam = true;
        return this;
    }

    /** IAM no longer knows this role (as a job names it): GetRole and the simulation answer NoSuchEntity. */
    FakeAws roleGone(String role) {
        goneRoles.add(role);
        return this;
    }

    /**
     * More DefaultArguments served in the job's GetJob answer than the model keeps (it keeps only the
     * network flags), e.g. a {@code --password} the loader must drop.
     */
    FakeAws extraArguments(String job, Map<String, String> arguments) {
        extraArguments.put(job, Map.copyOf(arguments));
        return this;
    }

    /** Throttles the first {@code times} calls of the action. */
    FakeAws throttle(String action, int times) {
        throttles.put(action, new AtomicInteger(times));
        return this;
    }

    public int calls(String action) {
        AtomicInteger n = calls.get(action);
        return n == null ? 0 : n.get();
    }

    Map<String, Integer> callCounts() {
        Map<String, Integer> out = new TreeMap<>();
        calls.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    List<Request> requests(String action) {
        return requests.stream().filter(r -> r.action().equals(action)).toList();
    }

    void resetCounts() {
        signedBy.clear();
        calls.clear();
        requests.clear();
        answered.clear();
    }

    /** Real SDK clients pointed here: the snapshot's region, fixed keys, quick standard retries, no profile files. */
    AwsClients clients() {
        return AwsClients.builder()
                .options(new AwsConnectionOptions(null, snapshot.region().name(), endpoint()))
                .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDFAKE", "fake-secret")))
                .retryStrategy(quickRetries())
                .profileFile(FakeAws::emptyProfileFile)
                .environment(Map.of())
                .build();
    }

    public static RetryStrategy quickRetries() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                .circuitBreakerEnabled(false)
                .maxAttempts(4)
                .build();
    }

    public static ProfileFile emptyProfileFile() {
        return profileFile("");
    }

    static ProfileFile profileFile(String configContent) {
        return ProfileFile.builder().content(new ByteArrayInputStream(configContent.getBytes(StandardCharsets.UTF_8)))
                .type(ProfileFile.Type.CONFIGURATION).build();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- dispatch ---------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long received = System.nanoTime();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            boolean glue = target != null;
            boolean config = glue && target.startsWith("StarlingDoveService.");
            Map<String, String> params = glue ? Map.of() : form(body);
            String action = glue ? target.substring(target.indexOf('.') + 1) : params.getOrDefault("Action", "?");
            boolean sts = !glue && STS_VERSION.equals(params.get("Version"));
            boolean iam = !glue && !sts && !withoutIam && IAM_VERSION.equals(params.get("Version"));
            String account = accountOf(exchange.getRequestHeaders().getFirst("Authorization"));
            Snapshot served = account == null ? null : accounts.get(account);
            REQUEST_SNAPSHOT.set(served);
            signedBy.add(account == null ? "-" : account);
            calls.computeIfAbsent(action, k -> new AtomicInteger()).incrementAndGet();
            requests.add(new Request(action, body, params));
            java.util.concurrent.CountDownLatch held = hold;
            if (held != null) {
                held.await();
            }
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            Response response;
            AtomicInteger throttle = throttles.get(action);
            if (throttle != null && throttle.getAndDecrement() > 0) {
                response = glue ? glueError(400, "ThrottlingException", "Rate exceeded")
                        : iam ? iamError(400, "Throttling", "Rate exceeded")
                        : ec2Error(503, "RequestLimitExceeded", "Request limit exceeded.");
            } else if (sts || config) {
                try {
                    response = sts ? sts(action, params) : config(action, JSON.readTree(body.isEmpty() ? "{}" : body));
                } catch (AwsError e) {
                    response = sts ? iamError(e.status, e.code, e.getMessage()) : glueError(e.status, e.code, e.getMessage());
                }
            } else if (denied.containsKey(action) || account != null && denied.containsKey(account + ":" + action)) {
                response = glue ? glueError(400, "AccessDeniedException",
                        "User: arn:aws:iam::123456789012:user/test is not authorized to perform: glue:" + action)
                        : iam ? iamError(403, "AccessDenied", "User: arn:aws:iam::123456789012:user/test is not "
                                + "authorized to perform: iam:" + action)
                        : ec2Error(403, "UnauthorizedOperation", "You are not authorized to perform this operation.");
            } else {
                try {
                    response = glue ? glue(action, JSON.readTree(body.isEmpty() ? "{}" : body))
                            : iam ? iam(action, params) : ec2(action, params);
                } catch (AwsError e) {
                    response = glue ? glueError(e.status, e.code, e.getMessage())
                            : iam ? iamError(e.status, e.code, e.getMessage())
                            : ec2Error(e.status, e.code, e.getMessage());
                }
            }
            if (bare && response.status == 200) {
                response = new Response(200, response.contentType, glue ? bareJson(response.body) : bareXml(response.body));
            }
            byte[] bytes = response.body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", response.contentType);
            exchange.getResponseHeaders().add("x-amzn-RequestId", "fake-request");
            exchange.sendResponseHeaders(response.status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.getResponseBody().flush();
            answered.add(new long[] {received, System.nanoTime()});
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Response(int status, String contentType, String body) {
    }

    private static final class AwsError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        AwsError(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new TreeMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    // ---- Glue (JSON 1.1) ---------------------------------------------------------------------

    private Response glue(String action, JsonNode request) {
        Snapshot s = current();
        ObjectNode out = JSON.createObjectNode();
        switch (action) {
            case "GetJob" -> {
                String name = request.path("JobName").asText();
                GlueJob job = s.job(name).orElseThrow(
                        () -> new AwsError(400, "EntityNotFoundException", "Job " + name + " not found"));
                out.set("Job", jobJson(job, extraArguments.getOrDefault(name, Map.of())));
            }
            case "GetJobs" -> {
                Page<GlueJob> page = page(s.jobs(), request.path("NextToken").asText(null),
                        request.path("MaxResults").asInt(0));
                ArrayNode jobs = out.putArray("Jobs");
                page.items.forEach(j -> jobs.add(jobJson(j, extraArguments.getOrDefault(j.name(), Map.of()))));
                if (page.next != null) {
                    out.put("NextToken", page.next);
                }
            }
            case "GetConnection" -> {
                String name = request.path("Name").asText();
                GlueConnection c = s.connection(name).orElseThrow(
                        () -> new AwsError(400, "EntityNotFoundException", "Connection " + name + " not found"));
                out.set("Connection", connectionJson(c, request.path("HidePassword").asBoolean(false)));
            }
            case "GetConnections" -> {
                Page<GlueConnection> page = page(s.connections(), request.path("NextToken").asText(null),
                        request.path("MaxResults").asInt(0));
                ArrayNode list = out.putArray("ConnectionList");
                boolean hide = request.path("HidePassword").asBoolean(false);
                page.items.forEach(c -> list.add(connectionJson(c, hide)));
                if (page.next != null) {
                    out.put("NextToken", page.next);
                }
            }
            default -> throw new AwsError(400, "InvalidAction", "The fake does not serve Glue " + action);
        }
        return new Response(200, "application/x-amz-json-1.1", out.toString());
    }

    private static Response glueError(int status, String code, String message) {
        ObjectNode e = JSON.createObjectNode().put("__type", code).put("message", message);
        return new Response(status, "application/x-amz-json-1.1", e.toString());
    }

    private static ObjectNode jobJson(GlueJob j, Map<String, String> extraArguments) {
        ObjectNode n = JSON.createObjectNode().put("Name", j.name());
        n.putObject("Command").put("Name", "glueetl");
        ArrayNode conns = n.putObject("Connections").putArray("Connections");
        j.connectionNames().forEach(conns::add);
        putIfSet(n, "WorkerType", j.workerType());
        if (j.numberOfWorkers() != null) {
            n.put("NumberOfWorkers", j.numberOfWorkers());
        }
        if (j.maxCapacity() != null) {
            n.put("MaxCapacity", j.maxCapacity());
        }
        if (j.maxRetries() != null) {
            n.put("MaxRetries", j.maxRetries());
        }
        putIfSet(n, "GlueVersion", j.glueVersion());
        putIfSet(n, "Role", j.role());
        if (!j.defaultArguments().isEmpty() || !extraArguments.isEmpty()) {
            ObjectNode args = n.putObject("DefaultArguments");
            args.put("--job-language", "python");
            j.defaultArguments().forEach(args::put);
            extraArguments.forEach(args::put);
        }
        if (j.maxConcurrentRuns() != null) {
            n.putObject("ExecutionProperty").put("MaxConcurrentRuns", j.maxConcurrentRuns());
        }
        return n;
    }

    private ObjectNode connectionJson(GlueConnection c, boolean hidePassword) {
        ObjectNode n = JSON.createObjectNode().put("Name", c.name());
        putIfSet(n, "ConnectionType", c.connectionType());
        ObjectNode props = n.putObject("ConnectionProperties");
        putIfSet(props, "JDBC_CONNECTION_URL", rawJdbcUrls.getOrDefault(c.name(), c.jdbcUrl()));
        props.put("USERNAME", "admin");
        if (!hidePassword) {
            // Real Glue returns the password unless HidePassword=true: make forgetting it visible.
            props.put("PASSWORD", PASSWORD);
        }
        if (c.subnetId() != null || !c.securityGroupIds().isEmpty() || c.availabilityZone() != null) {
            ObjectNode pcr = n.putObject("PhysicalConnectionRequirements");
            putIfSet(pcr, "SubnetId", c.subnetId());
            ArrayNode sgs = pcr.putArray("SecurityGroupIdList");
            c.securityGroupIds().forEach(sgs::add);
            putIfSet(pcr, "AvailabilityZone", c.availabilityZone());
        }
        putIfSet(n, "Status", c.status());
        putIfSet(n, "StatusReason", c.statusReason());
        return n;
    }

    private static void putIfSet(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    // ---- IAM (query protocol, XML) -------------------------------------------------------------

    private Response iam(String action, Map<String, String> params) {
        Snapshot s = current();
        String xml = switch (action) {
            case "GetRole" -> {
                String name = params.getOrDefault("RoleName", "");
                String role = jobRoles(s).stream().filter(r -> !r.startsWith("arn:"))
                        .filter(r -> GlueNetworkLoader.roleName(r).equals(name)).findFirst()
                        .orElseThrow(() -> new AwsError(404, "NoSuchEntity",
                                "The role with name " + name + " cannot be found."));
                String path = rolePath(role);
                yield iamXml(action, "<Role>" + el("Path", path) + el("RoleName", name)
                        + el("RoleId", "AROAFAKE" + Math.abs(name.hashCode())) + el("Arn", roleArn(s, role))
                        + el("CreateDate", "2025-01-01T00:00:00Z") + "</Role>");
            }
            case "SimulatePrincipalPolicy" -> {
                String arn = params.getOrDefault("PolicySourceArn", "");
                List<String> roles = jobRoles(s).stream().filter(r -> r.equals(arn) || roleArn(s, r).equals(arn))
                        .toList();
                if (roles.isEmpty()) {
                    throw new AwsError(404, "NoSuchEntity", "No entity found with ARN " + arn);
                }
                List<String> actions = params.entrySet().stream()
                        .filter(e -> e.getKey().matches("ActionNames\\.member\\.\\d+"))
                        .sorted(java.util.Comparator.comparingInt(e -> Integer.parseInt(
                                e.getKey().substring(e.getKey().lastIndexOf('.') + 1))))
                        .map(Map.Entry::getValue).toList();
                Page<String> page = page(actions, params.get("Marker"),
                        Integer.parseInt(params.getOrDefault("MaxItems", "0")));
                StringBuilder results = new StringBuilder(el("IsTruncated", Boolean.toString(page.next != null)))
                        .append("<EvaluationResults>");
                for (String a : page.items) {
                    String decision = s.rolePermissions().stream()
                            .filter(p -> roles.contains(p.role()) && p.action().equalsIgnoreCase(a))
                            .map(RolePermission::decision).findFirst().orElse("allowed");
                    results.append("<member>").append(el("EvalActionName", a)).append(el("EvalResourceName", "*"))
                            .append(el("EvalDecision", decision)).append("<MatchedStatements/>")
                            .append("<MissingContextValues/>").append("</member>");
                }
                results.append("</EvaluationResults>");
                if (page.next != null) {
                    results.append(el("Marker", page.next));
                }
                yield iamXml(action, results.toString());
            }
            default -> throw new AwsError(400, "InvalidAction", "The fake does not serve IAM " + action);
        };
        return new Response(200, "text/xml;charset=UTF-8", xml);
    }

    /** Every role the served jobs name, as they name it. */
    private List<String> jobRoles(Snapshot s) {
        return s.jobs().stream().map(GlueJob::role).filter(Objects::nonNull).filter(r -> !goneRoles.contains(r))
                .distinct().toList();
    }

    /** A role named with a path ({@code service-role/x}) has that path; else the one set, else {@code /}. */
    private String rolePath(String role) {
        int slash = role.lastIndexOf('/');
        if (slash >= 0) {
            return "/" + role.substring(0, slash + 1);
        }
        return rolePaths.getOrDefault(role, "/");
    }

    private String roleArn(Snapshot s, String role) {
        if (role.startsWith("arn:")) {
            return role;
        }
        String account = s.region().accountId() == null ? "123456789012" : s.region().accountId();
        return "arn:aws:iam::" + account + ":role" + rolePath(role) + GlueNetworkLoader.roleName(role);
    }

    private static String iamXml(String action, String result) {
        return "<" + action + "Response xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><" + action + "Result>"
                + result + "</" + action + "Result><ResponseMetadata><RequestId>fake</RequestId></ResponseMetadata></"
                + action + "Response>";
    }

    private static Response iamError(int status, String code, String message) {
        return new Response(status, "text/xml;charset=UTF-8", "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/"
                + "2010-05-08/\"><Error><Type>Sender</Type>" + el("Code", code) + el("Message", message)
                + "</Error><RequestId>fake</RequestId></ErrorResponse>");
    }

    // ---- STS (query protocol, XML) -------------------------------------------------------------

    private Response sts(String action, Map<String, String> params) {
        if (action.equals("GetCallerIdentity")) {
            String account = current().region().accountId() == null ? "123456789012" : current().region().accountId();
            return new Response(200, "text/xml;charset=UTF-8", "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws"
                    + ".com/doc/2011-06-15/\"><GetCallerIdentityResult>" + el("Arn", "arn:aws:iam::" + account
                    + ":user/test") + el("UserId", "AIDAFAKE") + el("Account", account) + "</GetCallerIdentityResult>"
                    + "<ResponseMetadata><RequestId>fake</RequestId></ResponseMetadata></GetCallerIdentityResponse>");
        }
        if (!action.equals("AssumeRole")) {
            throw new AwsError(400, "InvalidAction", "The fake does not serve STS " + action);
        }
        String arn = params.getOrDefault("RoleArn", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^arn:aws[a-z-]*:iam::(\\d{12}):role/(.+)$").matcher(arn);
        if (!m.matches() || !accounts.containsKey(m.group(1)) || denied.containsKey(m.group(1) + ":AssumeRole")) {
            throw new AwsError(403, "AccessDenied", "User: arn:aws:iam::123456789012:user/test is not authorized to "
                    + "perform: sts:AssumeRole on resource: " + arn);
        }
        String account = m.group(1);
        String xml = "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>"
                + "<Credentials>" + el("AccessKeyId", accessKeyFor(account)) + el("SecretAccessKey", "fake-session-secret")
                + el("SessionToken", "fake-session-token-" + account) + el("Expiration", "2099-01-01T00:00:00Z")
                + "</Credentials><AssumedRoleUser>" + el("AssumedRoleId", "AROAFAKE:" + params.get("RoleSessionName"))
                + el("Arn", "arn:aws:sts::" + account + ":assumed-role/" + m.group(2) + "/"
                        + params.get("RoleSessionName"))
                + "</AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>fake</RequestId>"
                + "</ResponseMetadata></AssumeRoleResponse>";
        return new Response(200, "text/xml;charset=UTF-8", xml);
    }

    // ---- AWS Config (JSON 1.1): the aggregator's advanced query ----------------------------------

    private volatile List<String> configResults;

    /**
     * The aggregator's configuration items, as SelectAggregateResourceConfig returns them (one JSON
     * string each); by default made from the accounts' snapshots ({@link FakeConfigItems}).
     */
    FakeAws configResults(List<String> results) {
        this.configResults = List.copyOf(results);
        return this;
    }

    private Response config(String action, JsonNode request) {
        if (!action.equals("SelectAggregateResourceConfig")) {
            throw new AwsError(400, "InvalidAction", "The fake does not serve Config " + action);
        }
        if (denied.containsKey(action)) {
            throw new AwsError(400, "AccessDeniedException", "not authorized to perform: config:" + action);
        }
        String expression = request.path("Expression").asText("");
        if (!request.path("ConfigurationAggregatorName").asText("").equals(FakeConfigItems.AGGREGATOR)) {
            throw new AwsError(400, "NoSuchConfigurationAggregatorException", "The configuration aggregator does not exist");
        }
        List<String> all = configResults != null ? configResults : FakeConfigItems.of(accounts);
        // Only the resource types the query names, as Config's WHERE resourceType IN (...) does, and with
        // AND awsRegion IN (...) only those regions.
        java.util.regex.Matcher inRegions = java.util.regex.Pattern.compile("awsRegion IN \\(([^)]*)\\)")
                .matcher(expression);
        String regions = inRegions.find() ? inRegions.group(1) : null;
        List<String> selected = all.stream().filter(r -> {
            try {
                JsonNode item = JSON.readTree(r);
                return expression.contains("'" + item.path("resourceType").asText() + "'")
                        && (regions == null || regions.contains("'" + item.path("awsRegion").asText() + "'"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        int limit = request.path("Limit").asInt(request.path("MaxResults").asInt(25));
        if (limit > 100) {
            throw new AwsError(400, "InvalidLimitException", "Limit must be 100 or less");
        }
        Page<String> page = page(selected, request.path("NextToken").asText(null), limit);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode results = out.putArray("Results");
        page.items.forEach(results::add);
        out.putObject("QueryInfo").putArray("SelectFields");
        if (page.next != null) {
            out.put("NextToken", page.next);
        }
        return new Response(200, "application/x-amz-json-1.1", out.toString());
    }

    // ---- EC2 (query protocol, XML) -------------------------------------------------------------

    private Response ec2(String action, Map<String, String> params) {
        Snapshot s = current();
        String owner = s.region().accountId() == null ? "123456789012" : s.region().accountId();
        String xml = switch (action) {
            case "DescribeSubnets" -> list(action, "subnetSet", params,
                    byIds(s.subnets(), Subnet::subnetId, ids(params, "SubnetId"), "InvalidSubnetID.NotFound",
                            "subnet"),
                    Map.of("subnet-id", x -> List.of(x.subnetId()), "vpc-id", x -> list(x.vpcId()),
                            "availability-zone", x -> list(x.availabilityZone())),
                    x -> subnetXml(x, owner));
            case "DescribeVpcs" -> list(action, "vpcSet", params,
                    byIds(s.vpcs(), Vpc::vpcId, ids(params, "VpcId"), "InvalidVpcID.NotFound", "vpc"),
                    Map.of("vpc-id", x -> List.of(x.vpcId())), x -> vpcXml(x, owner));
            case "DescribeSecurityGroups" -> list(action, "securityGroupInfo", params,
                    byIds(s.securityGroups(), SecurityGroup::groupId, ids(params, "GroupId"), "InvalidGroup.NotFound",
                            "security group"),
                    Map.of("group-id", x -> List.of(x.groupId()), "vpc-id", x -> list(x.vpcId())),
                    x -> securityGroupXml(x, owner));
            case "DescribeRouteTables" -> list(action, "routeTableSet", params, s.routeTables(),
                    Map.of("vpc-id", x -> list(x.vpcId()), "route-table-id", x -> List.of(x.routeTableId()),
                            "association.subnet-id", x -> x.associations().stream().map(RouteTableAssociation::subnetId)
                                    .filter(Objects::nonNull).toList()),
                    x -> routeTableXml(x, owner));
            case "DescribeNatGateways" -> list(action, "natGatewaySet", params, s.natGateways(),
                    Map.of("vpc-id", x -> list(x.vpcId()), "subnet-id", x -> list(x.subnetId()),
                            "nat-gateway-id", x -> List.of(x.natGatewayId())),
                    FakeAws::natXml);
            case "DescribeVpcEndpoints" -> list(action, "vpcEndpointSet", params, s.vpcEndpoints(),
                    Map.of("vpc-id", x -> list(x.vpcId()), "vpc-endpoint-id", x -> List.of(x.vpcEndpointId()),
                            "service-name", x -> list(x.serviceName())),
                    x -> endpointXml(x, owner));
            case "DescribeInternetGateways" -> list(action, "internetGatewaySet", params, s.internetGateways(),
                    Map.of("attachment.vpc-id", InternetGateway::attachedVpcIds,
                            "internet-gateway-id", x -> List.of(x.internetGatewayId())),
                    x -> igwXml(x, owner));
            case "DescribeAvailabilityZones" -> list(action, "availabilityZoneInfo", params,
                    s.availabilityZones(), Map.of("zone-name", x -> List.of(x.name()), "state",
                            x -> List.of(x.state())),
                    x -> zoneXml(x, s.region().name()));
            case "DescribeVpcAttribute" -> vpcAttribute(s, params);
            default -> throw new AwsError(400, "InvalidAction", "The action " + action + " is not valid");
        };
        return new Response(200, "text/xml;charset=UTF-8", xml);
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : List.of(value);
    }

    /** The values of a query list parameter, e.g. SubnetId.1, SubnetId.2. */
    private static List<String> ids(Map<String, String> params, String prefix) {
        return params.entrySet().stream().filter(e -> e.getKey().matches(prefix + "\\.\\d+"))
                .map(Map.Entry::getValue).toList();
    }

    /** Id lists fail whole when one id is unknown, as real EC2 does. */
    private static <T> List<T> byIds(List<T> all, Function<T, String> id, List<String> ids, String code, String what) {
        if (ids.isEmpty()) {
            return all;
        }
        for (String wanted : ids) {
            if (all.stream().noneMatch(x -> id.apply(x).equals(wanted))) {
                throw new AwsError(400, code, "The " + what + " ID '" + wanted + "' does not exist");
            }
        }
        return all.stream().filter(x -> ids.contains(id.apply(x))).toList();
    }

    private <T> String list(String action, String setName, Map<String, String> params, List<T> items,
            Map<String, Function<T, List<String>>> filters, Function<T, String> itemXml) {
        List<T> selected = items;
        for (int i = 1; params.containsKey("Filter." + i + ".Name"); i++) {
            String name = params.get("Filter." + i + ".Name");
            Function<T, List<String>> field = filters.get(name);
            if (field == null) {
                throw new AwsError(400, "InvalidParameterValue", "The filter '" + name + "' is invalid");
            }
            List<String> values = ids(params, "Filter\\." + i + "\\.Value");
            selected = selected.stream().filter(x -> field.apply(x).stream().anyMatch(values::contains)).toList();
        }
        boolean paginated = !action.equals("DescribeAvailabilityZones");
        Page<T> page = paginated ? page(selected, params.get("NextToken"),
                Integer.parseInt(params.getOrDefault("MaxResults", "0"))) : new Page<>(selected, null);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(action)
                .append("Response xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>fake</requestId><")
                .append(setName).append('>');
        page.items.forEach(x -> xml.append("<item>").append(itemXml.apply(x)).append("</item>"));
        xml.append("</").append(setName).append('>');
        if (page.next != null) {
            xml.append(el("nextToken", page.next));
        }
        return xml.append("</").append(action).append("Response>").toString();
    }

    private record Page<T>(List<T> items, String next) {
    }

    /** NextToken is the offset; a page holds min(MaxResults, the configured page size) items. */
    private <T> Page<T> page(List<T> items, String token, int maxResults) {
        int size = maxResults > 0 ? Math.min(maxResults, pageSize) : pageSize;
        int from = token == null || token.isEmpty() ? 0 : Integer.parseInt(token);
        int to = Math.min(items.size(), from + size);
        return new Page<>(items.subList(from, to), to < items.size() ? String.valueOf(to) : null);
    }

    private String vpcAttribute(Snapshot s, Map<String, String> params) {
        String vpcId = params.get("VpcId");
        String attribute = params.get("Attribute");
        Vpc vpc = s.vpcs().stream().filter(v -> v.vpcId().equals(vpcId)).findFirst()
                .orElseThrow(() -> new AwsError(400, "InvalidVpcID.NotFound", "The vpc ID '" + vpcId
                        + "' does not exist"));
        Boolean value = switch (attribute) {
            case "enableDnsSupport" -> vpc.enableDnsSupport();
            case "enableDnsHostnames" -> vpc.enableDnsHostnames();
            default -> throw new AwsError(400, "InvalidParameterValue", "Unknown attribute " + attribute);
        };
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DescribeVpcAttributeResponse "
                + "xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>fake</requestId>" + el("vpcId", vpcId)
                + (value == null ? "" : "<" + attribute + ">" + el("value", value.toString()) + "</" + attribute + ">")
                + "</DescribeVpcAttributeResponse>";
    }

    private static Response ec2Error(int status, String code, String message) {
        return new Response(status, "text/xml;charset=UTF-8", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Response><Errors><Error>" + el("Code", code) + el("Message", message)
                + "</Error></Errors><RequestID>fake</RequestID></Response>");
    }

    private static String subnetXml(Subnet x, String owner) {
        return el("subnetId", x.subnetId()) + el("state", x.state()) + el("vpcId", x.vpcId())
                + el("cidrBlock", x.cidrBlock())
                + el("availableIpAddressCount", x.availableIpAddressCount() == null ? null
                        : x.availableIpAddressCount().toString())
                + el("availabilityZone", x.availabilityZone()) + el("availabilityZoneId", x.availabilityZoneId())
                + el("mapPublicIpOnLaunch", Boolean.toString(x.mapPublicIpOnLaunch())) + el("ownerId", owner)
                + tags(x.tags());
    }

    private static String vpcXml(Vpc x, String owner) {
        return el("vpcId", x.vpcId()) + el("state", "available") + el("cidrBlock", x.cidrBlock())
                + el("ownerId", owner) + tags(x.tags());
    }

    private static String routeTableXml(RouteTable t, String owner) {
        StringBuilder b = new StringBuilder(el("routeTableId", t.routeTableId()) + el("vpcId", t.vpcId())
                + el("ownerId", owner) + "<associationSet>");
        int n = 0;
        for (RouteTableAssociation a : t.associations()) {
            b.append("<item>").append(el("routeTableAssociationId", "rtbassoc-" + t.routeTableId() + "-" + n++))
                    .append(el("routeTableId", t.routeTableId())).append(el("subnetId", a.subnetId()))
                    .append(el("main", Boolean.toString(a.main())))
                    .append("<associationState>").append(el("state", "associated")).append("</associationState>")
                    .append("</item>");
        }
        b.append("</associationSet><routeSet>");
        for (Route r : t.routes()) {
            b.append("<item>").append(el("destinationCidrBlock", r.destinationCidrBlock()))
                    .append(el("destinationPrefixListId", r.destinationPrefixListId()))
                    .append(el("gatewayId", r.gatewayId())).append(el("natGatewayId", r.natGatewayId()))
                    .append(el("transitGatewayId", r.transitGatewayId())).append(el("instanceId", r.instanceId()))
                    .append(el("vpcPeeringConnectionId", r.vpcPeeringConnectionId())).append(el("state", r.state()))
                    .append(el("origin", "CreateRoute")).append("</item>");
        }
        return b.append("</routeSet>").append(tags(t.tags())).toString();
    }

    private static String natXml(NatGateway x) {
        return el("natGatewayId", x.natGatewayId()) + el("vpcId", x.vpcId()) + el("subnetId", x.subnetId())
                + el("state", x.state()) + el("connectivityType", x.connectivityType()) + tags(x.tags());
    }

    private static String endpointXml(VpcEndpoint x, String owner) {
        return el("vpcEndpointId", x.vpcEndpointId()) + el("vpcEndpointType", x.vpcEndpointType())
                + el("vpcId", x.vpcId()) + el("serviceName", x.serviceName()) + el("state", x.state())
                + items("routeTableIdSet", x.routeTableIds()) + items("subnetIdSet", x.subnetIds())
                + el("ownerId", owner);
    }

    private static String igwXml(InternetGateway x, String owner) {
        return el("internetGatewayId", x.internetGatewayId()) + el("ownerId", owner) + "<attachmentSet>"
                + x.attachedVpcIds().stream().map(v -> "<item>" + el("vpcId", v) + el("state", "available")
                        + "</item>").collect(Collectors.joining())
                + "</attachmentSet>" + tags(x.tags());
    }

    private static String securityGroupXml(SecurityGroup g, String owner) {
        return el("ownerId", owner) + el("groupId", g.groupId()) + el("groupName", g.groupName())
                + el("groupDescription", "fake") + el("vpcId", g.vpcId())
                + "<ipPermissions>" + g.ingress().stream().map(r -> ruleXml(r, owner)).collect(Collectors.joining())
                + "</ipPermissions><ipPermissionsEgress>"
                + g.egress().stream().map(r -> ruleXml(r, owner)).collect(Collectors.joining())
                + "</ipPermissionsEgress>";
    }

    private static String ruleXml(SecurityGroupRule r, String owner) {
        List<String> v4 = r.cidrs().stream().filter(c -> !c.contains(":")).toList();
        List<String> v6 = r.cidrs().stream().filter(c -> c.contains(":")).toList();
        return "<item>" + el("ipProtocol", r.ipProtocol())
                + el("fromPort", r.fromPort() == null ? null : r.fromPort().toString())
                + el("toPort", r.toPort() == null ? null : r.toPort().toString())
                + "<groups>" + r.groupIds().stream().map(g -> "<item>" + el("userId", owner) + el("groupId", g)
                        + "</item>").collect(Collectors.joining()) + "</groups>"
                + "<ipRanges>" + v4.stream().map(c -> "<item>" + el("cidrIp", c) + "</item>")
                        .collect(Collectors.joining()) + "</ipRanges>"
                + "<ipv6Ranges>" + v6.stream().map(c -> "<item>" + el("cidrIpv6", c) + "</item>")
                        .collect(Collectors.joining()) + "</ipv6Ranges>"
                + "<prefixListIds>" + r.prefixListIds().stream().map(p -> "<item>" + el("prefixListId", p)
                        + "</item>").collect(Collectors.joining()) + "</prefixListIds>"
                + "</item>";
    }

    private static String zoneXml(AvailabilityZone z, String region) {
        return el("zoneName", z.name()) + el("zoneId", z.zoneId()) + el("zoneState", z.state())
                + el("regionName", region) + el("zoneType", "availability-zone");
    }

    private static String tags(Map<String, String> tags) {
        return "<tagSet>" + tags.entrySet().stream()
                .map(e -> "<item>" + el("key", e.getKey()) + el("value", e.getValue()) + "</item>")
                .collect(Collectors.joining()) + "</tagSet>";
    }

    private static String items(String setName, List<String> values) {
        return "<" + setName + ">" + values.stream().map(v -> "<item>" + escape(v) + "</item>")
                .collect(Collectors.joining()) + "</" + setName + ">";
    }

    private static String el(String name, String value) {
        return value == null ? "" : "<" + name + ">" + escape(value) + "</" + name + ">";
    }

    /** Leaf elements a bare EC2 answer keeps: ids and the ids that link items. */
    private static final java.util.Set<String> BARE_XML_KEEP = java.util.Set.of("subnetId", "vpcId", "routeTableId",
            "natGatewayId", "vpcEndpointId", "internetGatewayId", "groupId", "zoneName", "zoneId", "requestId",
            "nextToken", "item", "Code", "Message", "attributeName",
            // IAM's required fields: a role's Arn and name, a simulation result's action and decision
            "Arn", "RoleName", "RoleId", "Path", "CreateDate", "EvalActionName", "EvalDecision", "IsTruncated",
            "Marker", "Type");

    private static String bareXml(String xml) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<([A-Za-z]+)>([^<]*)</\\1>").matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, BARE_XML_KEEP.contains(m.group(1)) ? java.util.regex.Matcher.quoteReplacement(m.group())
                    : "");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final java.util.Set<String> BARE_JSON_KEEP = java.util.Set.of("Job", "Jobs", "Name", "Connections",
            "Connection", "ConnectionList", "ConnectionsList", "NextToken", "JobNames",
            "PhysicalConnectionRequirements", "SubnetId", "SecurityGroupIdList");

    private static String bareJson(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            strip(n);
            return n.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.retain(BARE_JSON_KEEP);
            o.forEach(FakeAws::strip);
        } else if (n instanceof ArrayNode a) {
            a.forEach(FakeAws::strip);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
