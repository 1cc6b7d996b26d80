package dev.gluefailover.aws;

import java.util.List;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Refuses, before anything is sent, every operation that is not a read. The tool promises users
 * it never changes their account; this makes the promise hold even if a future change calls the
 * wrong method. Installed on every EC2 and Glue client this package builds.
 */
public final class ReadOnlyGuard implements ExecutionInterceptor {
    private static final List<String> READ_PREFIXES = List.of("Describe", "Get", "List", "BatchGet");

    /** True for Describe*, Get*, List* and BatchGet* operation names. */
    public static boolean isReadOnly(String operationName) {
        return operationName != null
                && READ_PREFIXES.stream().anyMatch(p -> operationName.startsWith(p)
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
