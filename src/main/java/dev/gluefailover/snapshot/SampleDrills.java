package dev.gluefailover.snapshot;

import dev.gluefailover.model.Drill;
import dev.gluefailover.model.DrillStep;
import java.util.List;

/**
 * The drills shipped with the samples: what a trainer walks a room through, step by step, with
 * captions in English and Japanese. Each expected outcome is the engine's (a test runs every drill
 * through {@code training.DrillCheck}).
 */
final class SampleDrills {
    private SampleDrills() {
    }

    static List<Drill> seedArticle() {
        return List.of(new Drill("silent-skip", "Why Glue skipped the first connection",
                "Glue が最初の接続を黙って飛ばした理由", List.of(
                        step(List.of(),
                                "As captured: the private-only VPC has no NAT gateway and no S3 endpoint, so Glue "
                                        + "skips connection #1 without a word and uses #2.",
                                "取得したままの状態: プライベート専用 VPC には NAT ゲートウェイも S3 エンドポイントもないため、"
                                        + "Glue は接続 #1 を何も言わずに飛ばし、#2 を使います。",
                                "nayuts-sample-connection", true),
                        step(List.of("endpoint=vpce-0b22aurora00s3gw1"),
                                "Remove the S3 gateway endpoint of the Aurora VPC: now neither VPC reaches S3, and "
                                        + "the job would not start.",
                                "Aurora VPC の S3 ゲートウェイエンドポイントを外すと、どちらの VPC からも S3 に届かず、"
                                        + "ジョブは起動しません。",
                                null, false),
                        step(List.of("subnet-ips=subnet-0b22aurora000p1a:0"),
                                "Endpoint back, but the Aurora subnet has no free IP left: Glue cannot place the "
                                        + "job's network interface there either.",
                                "エンドポイントは戻しましたが、Aurora のサブネットに空き IP がありません。"
                                        + "Glue はここにもネットワークインターフェースを置けません。",
                                null, false),
                        step(List.of("az=ap-northeast-1a"),
                                "An outage of ap-northeast-1a: both connections name a subnet in that zone, so "
                                        + "failover has nowhere to go.",
                                "ap-northeast-1a の障害: 両方の接続がこのゾーンのサブネットを指しているため、"
                                        + "フェイルオーバー先がありません。",
                                null, false))));
    }

    static List<Drill> threeAz() {
        return List.of(new Drill("az-failover", "Failover across three AZs", "3 つの AZ をまたぐフェイルオーバー",
                List.of(
                        step(List.of(),
                                "Every AZ is healthy: Glue takes the first connection that passes, orders-db-1a.",
                                "すべての AZ が正常: Glue はチェックを通る最初の接続 orders-db-1a を使います。",
                                "orders-db-1a", true),
                        step(List.of("az=us-east-1a"),
                                "us-east-1a is out: Glue moves on to orders-db-1b, which has its own NAT gateway.",
                                "us-east-1a が停止: Glue は自前の NAT ゲートウェイを持つ orders-db-1b に移ります。",
                                "orders-db-1b", true),
                        step(List.of("az=us-east-1a", "az=us-east-1b"),
                                "Two AZs are out: the third connection, orders-db-1c, carries the job.",
                                "2 つの AZ が停止: 3 番目の接続 orders-db-1c がジョブを引き受けます。",
                                "orders-db-1c", true),
                        step(List.of("az=us-east-1a", "az=us-east-1b", "az=us-east-1c"),
                                "All three AZs are out: no connection passes and the job cannot start.",
                                "3 つの AZ がすべて停止: 通る接続がなく、ジョブは起動できません。",
                                null, false))));
    }

    static List<Drill> singleNat() {
        return List.of(new Drill("one-nat", "One NAT gateway for three AZs", "3 つの AZ に NAT ゲートウェイが 1 つ",
                List.of(
                        step(List.of(),
                                "As captured: three connections in three AZs, all private subnets routing to one "
                                        + "NAT gateway in us-east-1a. Glue uses orders-db-1a.",
                                "取得したままの状態: 3 つの AZ に 3 つの接続があり、どのプライベートサブネットも "
                                        + "us-east-1a の 1 つの NAT ゲートウェイへ向かいます。Glue は orders-db-1a を使います。",
                                "orders-db-1a", true),
                        step(List.of("az=us-east-1b"),
                                "us-east-1b is out: orders-db-1a is still first and healthy, nothing changes.",
                                "us-east-1b が停止: orders-db-1a が先頭で正常なので、何も変わりません。",
                                "orders-db-1a", true),
                        step(List.of("az=us-east-1a"),
                                "Now the NAT's own AZ is out: Glue fails over to orders-db-1b (its route to the NAT "
                                        + "still exists), but the run fails: NAT_IN_FAILED_AZ.",
                                "今度は NAT のある AZ が停止: Glue は orders-db-1b に切り替えます（NAT へのルートは残っています）が、"
                                        + "実行は失敗します: NAT_IN_FAILED_AZ。",
                                "orders-db-1b", false),
                        step(List.of("nat=nat-0c33natgw00001a"),
                                "Only the NAT gateway fails: every private subnet's default route now leads to a "
                                        + "failed NAT, no connection passes, and the job cannot start. Failover needs a "
                                        + "NAT gateway per AZ.",
                                "NAT ゲートウェイだけが故障: どのプライベートサブネットのデフォルトルートも故障した NAT に向かうため、"
                                        + "通る接続がなく、ジョブは起動できません。フェイルオーバーには AZ ごとの NAT ゲートウェイが必要です。",
                                null, false))));
    }

    static List<Drill> ipExhaustion() {
        return List.of(new Drill("free-ips", "More than zero free IPs is not enough", "空き IP が 0 より多いだけでは足りない",
                List.of(
                        step(List.of(),
                                "The tiny subnet has 3 free IPs: more than zero, so Glue chooses warehouse-tiny-1a, "
                                        + "but 10 workers do not fit and the run fails (IPS_BELOW_WORKERS).",
                                "小さなサブネットの空き IP は 3 つ: 0 より多いので Glue は warehouse-tiny-1a を選びますが、"
                                        + "10 ワーカーは収まらず実行は失敗します（IPS_BELOW_WORKERS）。",
                                "warehouse-tiny-1a", false),
                        step(List.of("subnet-ips=subnet-0d44tiny00001a:0"),
                                "At 0 free IPs Glue moves on: warehouse-large-1b is chosen and the run works.",
                                "空き IP が 0 になると Glue は次へ進みます: warehouse-large-1b が選ばれ、実行は成功します。",
                                "warehouse-large-1b", true),
                        step(List.of("subnet-ips=subnet-0d44tiny00001a:0", "az=eu-west-1b"),
                                "And if eu-west-1b is out as well, no connection is left.",
                                "さらに eu-west-1b も停止すると、残る接続はありません。",
                                null, false))));
    }

    private static DrillStep step(List<String> fail, String en, String ja, String chosen, Boolean runWorks) {
        return new DrillStep(fail, en, ja, chosen, runWorks);
    }
}
