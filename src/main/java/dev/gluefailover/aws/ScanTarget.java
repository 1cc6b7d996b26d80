package dev.gluefailover.aws;

/**
 * One account and region of a scan, and how to reach it: a profile's own credentials, or an
 * assumed role in the account.
 *
 * @param profile   the profile whose credentials are used (or assume the role); null: the default chain
 * @param region    the region; null: AWS_REGION or the profile's
 * @param accountId the account to assume {@code roleName} in; null: the profile's own account
 * @param roleName  the read-only role to assume in {@code accountId}; null: no role, the profile's credentials
 */
public record ScanTarget(String profile, String region, String accountId, String roleName) {
    public ScanTarget {
        if ((accountId == null) != (roleName == null)) {
            throw new IllegalArgumentException("an account to assume a role in needs both the account id and the role");
        }
        if (accountId != null && !accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("account id '" + accountId + "' is not 12 digits");
        }
    }

    public static ScanTarget profile(String profile, String region) {
        return new ScanTarget(profile, region, null, null);
    }

    public static ScanTarget assumeRole(String profile, String region, String accountId, String roleName) {
        return new ScanTarget(profile, region, accountId, roleName);
    }

    /** The role's ARN in the region's partition: {@code arn:aws:iam::111122223333:role/Name}. */
    public String roleArn(String regionName) {
        return roleName == null ? null : "arn:" + partition(regionName) + ":iam::" + accountId + ":role/" + roleName;
    }

    static String partition(String regionName) {
        if (regionName != null && regionName.startsWith("cn-")) {
            return "aws-cn";
        }
        if (regionName != null && regionName.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        return "aws";
    }

    /** How the target is named before its account id is known: the account, else the profile. */
    public String label() {
        if (accountId != null) {
            return accountId;
        }
        return profile == null ? "default" : profile;
    }
}
