package dev.gluefailover.aws;

import java.util.List;
import java.util.Set;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Refuses, before anything is sent, every operation that is not a read. The tool promises users
 * it never changes their account; this makes the promise hold even if a future change calls the
 * wrong method. Installed on every EC2, Glue and IAM client this package builds.
 */
public final class ReadOnlyGuard implements ExecutionInterceptor {
    private static final List<String> READ_PREFIXES = List.of("Describe", "Get", "List", "BatchGet");
    /**
     * Reads whose names do not say so, allowed one by one: only those the loader sends. IAM's policy
     * simulator evaluates policies and changes nothing; SimulateCustomPolicy is just as harmless but
     * unused, so it stays refused, keeping the list exactly what the README's policy grants.
     * A scan assumes a read-only role in each account (sts:AssumeRole changes nothing in the account;
     * AssumeRoleWithSAML and the others stay refused, see {@link #HANDS_OUT_CREDENTIALS}) and asks an AWS Config aggregator's advanced
     * query (SelectAggregateResourceConfig reads the recorded configuration items).
     */
    private static final Set<String> READS_BY_NAME = Set.of("SimulatePrincipalPolicy", "AssumeRole",
            "SelectAggregateResourceConfig");
    /**
     * Reads by their names that hand out credentials or secrets nobody asked for: a token or key
     * pair the tool must never hold (STS's federation, session, bearer and web-identity tokens, the
     * role assumptions other than the one named role), an instance's password, a secret's value.
     * The tool reads the account; it never mints access to it.
     */
    private static final Set<String> HANDS_OUT_CREDENTIALS = Set.of("GetFederationToken", "GetSessionToken",
            "GetServiceBearerToken", "GetWebIdentityToken", "GetDelegatedAccessToken", "AssumeRoleWithSAML",
            "AssumeRoleWithWebIdentity", "AssumeRoot", "GetPasswordData", "GetSecretValue", "BatchGetSecretValue",
            "GetRoleCredentials", "GetCredentialsForIdentity", "GetOpenIdToken", "GetOpenIdTokenForDeveloperIdentity",
            "GetAuthorizationToken", "GetClusterCredentials", "GetClusterCredentialsWithIAM",
            "GetTemporaryGlueTableCredentials", "GetTemporaryGluePartitionCredentials");
    /**
     * STS is allowed exactly what a scan sends, whatever new operation it gains: the one role
     * assumption and the caller's own account id.
     */
    private static final Set<String> STS_OPERATIONS = Set.of("AssumeRole", "GetCallerIdentity");

    /**
     * True for Describe*, Get*, List* and BatchGet* operation names, and for the reads allowed by
     * name; false for every operation that hands out credentials or secrets.
     */
    public static boolean isReadOnly(String operationName) {
        if (operationName == null || HANDS_OUT_CREDENTIALS.contains(operationName)) {
            return false;
        }
        return READS_BY_NAME.contains(operationName)
                || READ_PREFIXES.stream().anyMatch(p -> operationName.startsWith(p)
                        && operationName.length() > p.length()
                        && Character.isUpperCase(operationName.charAt(p.length())));
    }

    /** {@link #isReadOnly}, and for STS only the operations a scan sends. */
    public static boolean isAllowed(String serviceName, String operationName) {
        if (serviceName != null && serviceName.equalsIgnoreCase("sts")) {
            return STS_OPERATIONS.contains(operationName);
        }
        return isReadOnly(operationName);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (!isAllowed(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME), operation)) {
            String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
            throw new WriteRefusedException(service, operation);
        }
    }

    /** Thrown (and never sent) when code tries a non-read operation. */
    public static final class WriteRefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String operation;

        WriteRefusedException(String service, String operation) {
            super("Refused " + service + ":" + operation + ": Glue Failover Explorer only reads from AWS");
            this.operation = operation;
        }

        public String operation() {
            return operation;
        }
    }
}
