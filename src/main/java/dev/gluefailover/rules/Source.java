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
            "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html");

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
