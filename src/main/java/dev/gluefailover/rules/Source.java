package dev.gluefailover.rules;

/** The public sources the rules rest on (the table on the spec page). */
public enum Source {
    S1("Glue troubleshooting guide: failover behavior between VPCs",
            "https://docs.aws.amazon.com/glue/latest/dg/glue-troubleshooting-errors.html#vpc-failover-behavior-error-10"),
    S2("re:Post: AWS Glue job networking, managing multiple connections",
            "https://repost.aws/articles/ARTT49mVccTzuA9bQ2UUQq2g"),
    S3("AWS Big Data blog: Glue and MWAA VPC selection and failover",
            "https://aws.amazon.com/blogs/big-data/combine-aws-glue-and-amazon-mwaa-to-build-advanced-vpc-selection-and-failover-strategies"),
    S4("Field test with CloudTrail (Dec 2025): invalid network connection skipped",
            "https://dev.classmethod.jp/articles/glue-job-failover-multiple-connection-invalid-network-setting"),
    S5("Glue developer guide: setting up a VPC for JDBC data stores",
            "https://docs.aws.amazon.com/glue/latest/dg/setup-vpc-for-glue-access.html"),
    S6("Knowledge Center: Glue test connection failed (free IPs vs DPUs)",
            "https://repost.aws/knowledge-center/glue-test-connection-failed"),
    VPC("Amazon VPC user guide: route tables (main and explicit associations)",
            "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html"),
    S7("Glue migration pages for 6.0 and 6.1 (worker types incl. *.GRAVITON, the default worker type)",
            "https://docs.aws.amazon.com/glue/latest/dg/migrating-version-61.html"),
    S8("Glue local proxy and --disable-proxy-v2",
            "https://docs.aws.amazon.com/glue/latest/dg/connection-VPC-disable-proxy.html"),
    S9("Glue Auto Scaling: NumberOfWorkers is the maximum",
            "https://docs.aws.amazon.com/glue/latest/dg/auto-scaling.html"),
    S10("Glue API: Connection (Status READY, IN_PROGRESS, FAILED; StatusReason)",
            "https://docs.aws.amazon.com/glue/latest/webapi/API_Connection.html"),
    // F1 is a collection of issue threads and blog posts (the spec page quotes them) with no one address;
    // the link goes to the troubleshooting page that lists the same launch errors.
    F1("Field reports of Glue's own launch errors (InvalidInputException from AWSGlueJobExecutor), quoted on the "
            + "spec page", "https://docs.aws.amazon.com/glue/latest/dg/glue-troubleshooting-errors.html");

    private final String title;
    private final String url;

    Source(String title, String url) {
        this.title = title;
        this.url = url;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }
}
