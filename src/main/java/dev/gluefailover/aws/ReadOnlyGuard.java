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
     * AssumeRoleWithSAML and the others stay refused) and asks an AWS Config aggregator's advanced
     * query (SelectAggregateResourceConfig reads the recorded configuration items).
     */
    private static final Set<String> READS_BY_NAME = Set.of("SimulatePrincipalPolicy", "AssumeRole",
            "SelectAggregateResourceConfig");

    /** True for Describe*, Get*, List* and BatchGet* operation names, and for the reads allowed by name. */
    public static boolean isReadOnly(String operationName) {
        if (operationName == null) {
            return false;
        }
        return READS_BY_NAME.contains(operationName)
                || READ_PREFIXES.stream().anyMatch(p -> operationName.startsWith(p)
                        && operationName.length() > p.length()
                        && Character.isUpperCase(operationName.charAt(p.length())));
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (!isReadOnly(operation)) {
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
