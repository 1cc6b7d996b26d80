package dev.gluefailover.layout;

import static dev.gluefailover.layout.DiagramLayout.AZ_HEADER;
import static dev.gluefailover.layout.DiagramLayout.BADGE_HEIGHT;
import static dev.gluefailover.layout.DiagramLayout.CHIP_HEIGHT;
import static dev.gluefailover.layout.DiagramLayout.CHIP_WIDTH;
import static dev.gluefailover.layout.DiagramLayout.COLUMN_GAP;
import static dev.gluefailover.layout.DiagramLayout.COLUMN_PAD;
import static dev.gluefailover.layout.DiagramLayout.COLUMN_WIDTH;
import static dev.gluefailover.layout.DiagramLayout.IGW_HEIGHT;
import static dev.gluefailover.layout.DiagramLayout.IGW_WIDTH;
import static dev.gluefailover.layout.DiagramLayout.INNER_PAD;
import static dev.gluefailover.layout.DiagramLayout.ITEM_GAP;
import static dev.gluefailover.layout.DiagramLayout.ROW_GAP;
import static dev.gluefailover.layout.DiagramLayout.SUBNET_CONTENT_Y;
import static dev.gluefailover.layout.DiagramLayout.SUBNET_WIDTH;
import static dev.gluefailover.layout.DiagramLayout.VPC_HEADER;
import static dev.gluefailover.layout.DiagramLayout.VPC_PAD_BOTTOM;
import static dev.gluefailover.layout.DiagramLayout.VPC_PAD_LEFT;
import static dev.gluefailover.layout.DiagramLayout.VPC_PAD_RIGHT;
import static dev.gluefailover.layout.DiagramLayout.badgeKey;
import static dev.gluefailover.layout.DiagramLayout.badgeWidth;
import static dev.gluefailover.layout.DiagramLayout.cidrStart;
import static dev.gluefailover.layout.DiagramLayout.textWidth;
import static dev.gluefailover.layout.DiagramLayout.zoneKeyOf;

import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.layout.DiagramLayout.Block;
import dev.gluefailover.layout.DiagramLayout.Placement;
import dev.gluefailover.model.AvailabilityZone;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.InternetGateway;
import dev.gluefailover.model.NatGateway;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import dev.gluefailover.model.VpcEndpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One VPC laid out at the origin: its AZ columns (public rows first, so rows line up across AZs)
 * with the subnets and what sits in them, the internet gateways on its top edge, the route table
 * strip under the columns ({@link RouteTableStrip}) and the lines between them ({@link VpcEdges}).
 * The sections run in this order because each one's sizes feed the next.
 */
final class VpcBlock {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("layout");
    final SnapshotIndex index;
    final Snapshot snapshot;
    final String vpcId;
    final String vpcKey;
    final Block block = new Block();
    final Map<String, Box> boxByKey = new HashMap<>();
    private final List<Placement> placements;
    private final Vpc vpc;
    private final List<Subnet> subnets;

    // Zones and columns.
    List<String> zones;
    private Map<String, Boolean> isPublic;
    private final List<List<Subnet>> publicCols = new ArrayList<>();
    private final List<List<Subnet>> privateCols = new ArrayList<>();
    private int publicRows;
    private int privateRows;
    // What sits in each subnet.
    private final Map<String, List<NatGateway>> natsBySubnet = new HashMap<>();
    private final Map<String, List<VpcEndpoint>> interfaceBySubnet = new HashMap<>();
    final List<VpcEndpoint> gatewayEndpoints = new ArrayList<>();
    private final Map<String, List<Placement>> badgesBySubnet = new HashMap<>();
    // Sizes.
    private double[] pubHeights;
    private double[] privHeights;
    private double columnsTop;
    private double subnetsTop;
    private double columnHeight;
    double columnsBottom;
    double contentWidth;
    double width;
    private String vpcTitle;
    private String vpcSubtitle;
    private List<InternetGateway> igws;

    private VpcBlock(SnapshotIndex index, List<Placement> placements, String vpcId) {
        this.index = index;
        this.snapshot = index.snapshot();
        this.placements = placements;
        this.vpcId = vpcId;
        this.vpcKey = "vpc:" + vpcId;
        this.vpc = index.vpc(vpcId).orElse(null);
        this.subnets = index.subnetsIn(vpcId);
    }

    static Block of(SnapshotIndex index, List<Placement> placements, String vpcId) {
        return new VpcBlock(index, placements, vpcId).build();
    }

    private Block build() {
        zonesAndColumns();
        subnetContents();
        rowHeights();
        RouteTableStrip strip = new RouteTableStrip(this);
        width(strip.groups());
        drawColumns();
        internetGateways();
        strip.place();
        double height = strip.bottom() + VPC_PAD_BOTTOM;
        new VpcEdges(this, strip).draw();
        block.boxes.add(0, new Box(vpcKey, new ElementRef(ElementKind.VPC, vpcId), null,
                new Rect(0, 0, width, height), vpcTitle, vpcSubtitle, false, null, List.of(), 0));
        block.width = width;
        block.height = height;
        return block;
    }

    /** The subnets of AZ column c, public ones first. */
    List<Subnet> column(int c) {
        List<Subnet> all = new ArrayList<>(publicCols.get(c));
        all.addAll(privateCols.get(c));
        return all;
    }

    /** AZ columns in the region's zone order, then unknown zones by name; in each, public subnets first, by CIDR. */
    private void zonesAndColumns() {
        List<String> zoneOrder = new ArrayList<>();
        for (AvailabilityZone z : snapshot.availabilityZones()) {
            zoneOrder.add(z.zoneId());
        }
        Map<String, List<Subnet>> byZone = new LinkedHashMap<>();
        for (Subnet s : subnets) {
            byZone.computeIfAbsent(zoneKeyOf(index, s), k -> new ArrayList<>()).add(s);
        }
        zones = new ArrayList<>(byZone.keySet());
        zones.sort(Comparator.comparingInt((String z) -> {
            int i = zoneOrder.indexOf(z);
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(Comparator.naturalOrder()));

        isPublic = new HashMap<>();
        for (Subnet s : subnets) {
            isPublic.put(s.subnetId(), index.isPublic(s));
        }
        Comparator<Subnet> subnetOrder = Comparator.comparing((Subnet s) -> !isPublic.get(s.subnetId()))
                .thenComparingLong(s -> cidrStart(s.cidrBlock())).thenComparing(Subnet::subnetId);
        for (String z : zones) {
            List<Subnet> col = new ArrayList<>(byZone.get(z));
            col.sort(subnetOrder);
            List<Subnet> pub = col.stream().filter(s -> isPublic.get(s.subnetId())).toList();
            List<Subnet> priv = col.stream().filter(s -> !isPublic.get(s.subnetId())).toList();
            publicCols.add(pub);
            privateCols.add(priv);
            publicRows = Math.max(publicRows, pub.size());
            privateRows = Math.max(privateRows, priv.size());
        }
    }

    /** What sits in each subnet: NAT gateways, interface endpoints, connection badges. */
    private void subnetContents() {
        Set<String> drawnSubnets = new LinkedHashSet<>();
        for (Subnet s : subnets) {
            drawnSubnets.add(s.subnetId());
        }
        for (NatGateway n : snapshot.natGateways()) {
            if (n.subnetId() != null && drawnSubnets.contains(n.subnetId())) {
                natsBySubnet.computeIfAbsent(n.subnetId(), k -> new ArrayList<>()).add(n);
            }
        }
        for (VpcEndpoint e : index.endpointsIn(vpcId)) {
            if (e.isGateway()) {
                gatewayEndpoints.add(e);
                continue;
            }
            String home = e.subnetIds().stream().filter(drawnSubnets::contains).findFirst().orElse(null);
            if (home != null) {
                interfaceBySubnet.computeIfAbsent(home, k -> new ArrayList<>()).add(e);
            } else {
                gatewayEndpoints.add(e); // not in a drawn subnet: shown in the strip, so it is not lost
            }
        }
        for (Placement p : placements) {
            if (p.subnet() != null && vpcId.equals(p.subnet().vpcId())) {
                badgesBySubnet.computeIfAbsent(p.subnet().subnetId(), k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** Row heights: the tallest subnet of that row in any AZ, so rows line up across columns. */
    private void rowHeights() {
        pubHeights = new double[publicRows];
        privHeights = new double[privateRows];
        for (int c = 0; c < zones.size(); c++) {
            for (int r = 0; r < publicCols.get(c).size(); r++) {
                pubHeights[r] = Math.max(pubHeights[r], subnetHeight(publicCols.get(c).get(r)));
            }
            for (int r = 0; r < privateCols.get(c).size(); r++) {
                privHeights[r] = Math.max(privHeights[r], subnetHeight(privateCols.get(c).get(r)));
            }
        }
        columnsTop = VPC_HEADER;
        subnetsTop = columnsTop + AZ_HEADER;
        double subnetsHeight = 0;
        for (double h : pubHeights) {
            subnetsHeight += h + ROW_GAP;
        }
        for (double h : privHeights) {
            subnetsHeight += h + ROW_GAP;
        }
        columnHeight = AZ_HEADER + Math.max(subnetsHeight, 40);
        columnsBottom = columnsTop + columnHeight;
    }

    /** As wide as its columns, or its route table groups, or its header (title, id and internet gateways). */
    private void width(int groups) {
        int columns = zones.size();
        int perRow = Math.max(1, Math.max(columns, Math.min(groups, 3)));
        int gridColumns = Math.max(columns, Math.min(perRow, Math.max(groups, 1)));
        contentWidth = gridColumns * COLUMN_WIDTH + (gridColumns - 1) * COLUMN_GAP;
        vpcTitle = vpc == null ? vpcId : vpc.name();
        vpcSubtitle = (vpc == null ? "" : (vpc.cidrBlock() == null ? "" : vpc.cidrBlock() + "  \u00b7  "))
                + (vpc != null && !vpc.name().equals(vpcId) ? vpcId : (vpc == null ? TEXT.get("notInSnapshot") : ""));
        igws = index.internetGatewaysOf(vpcId);
        double headerNeed = Math.max(textWidth(vpcTitle) * 1.25, textWidth(vpcSubtitle)) + 40
                + igws.size() * (IGW_WIDTH + 8);
        contentWidth = Math.max(contentWidth, headerNeed - VPC_PAD_LEFT - VPC_PAD_RIGHT);
        width = VPC_PAD_LEFT + contentWidth + VPC_PAD_RIGHT;
    }

    /** AZ columns and their subnets. */
    private void drawColumns() {
        for (int c = 0; c < zones.size(); c++) {
            String zone = zones.get(c);
            double cx = VPC_PAD_LEFT + c * (COLUMN_WIDTH + COLUMN_GAP);
            AvailabilityZone az = index.zone(zone).orElse(null);
            String azKey = "az:" + vpcId + ":" + zone;
            Box azBox = new Box(azKey, new ElementRef(ElementKind.AVAILABILITY_ZONE, zone), vpcKey,
                    new Rect(cx, columnsTop, COLUMN_WIDTH, columnHeight), az == null ? zone : az.name(),
                    az == null ? "" : az.zoneId(), false, null, List.of(), 0);
            block.boxes.add(azBox);
            double sy = subnetsTop;
            for (int r = 0; r < publicRows; r++) {
                if (r < publicCols.get(c).size()) {
                    addSubnet(azKey, publicCols.get(c).get(r), cx + COLUMN_PAD, sy, pubHeights[r], true);
                }
                sy += pubHeights[r] + ROW_GAP;
            }
            for (int r = 0; r < privateRows; r++) {
                if (r < privateCols.get(c).size()) {
                    addSubnet(azKey, privateCols.get(c).get(r), cx + COLUMN_PAD, sy, privHeights[r], false);
                }
                sy += privHeights[r] + ROW_GAP;
            }
        }
    }

    /** Internet gateways sit on the VPC's top edge, at the right (where traffic leaves the VPC). */
    private void internetGateways() {
        double igwRight = width - 8;
        for (InternetGateway g : igws) {
            Box b = new Box("igw:" + vpcId + ":" + g.internetGatewayId(),
                    new ElementRef(ElementKind.INTERNET_GATEWAY, g.internetGatewayId()), vpcKey,
                    new Rect(igwRight - IGW_WIDTH, -IGW_HEIGHT / 2, IGW_WIDTH, IGW_HEIGHT), TEXT.get("internetGateway"),
                    g.internetGatewayId(), false, null, List.of(), 0);
            block.boxes.add(b);
            boxByKey.put(b.key(), b);
            igwRight -= IGW_WIDTH + 8;
        }
    }

    private double subnetHeight(Subnet s) {
        double h = SUBNET_CONTENT_Y;
        int nBadges = badgesBySubnet.getOrDefault(s.subnetId(), List.of()).size();
        h += nBadges * (BADGE_HEIGHT + ITEM_GAP);
        int chips = natsBySubnet.getOrDefault(s.subnetId(), List.of()).size()
                + interfaceBySubnet.getOrDefault(s.subnetId(), List.of()).size();
        int perRow = chipsPerRow();
        int chipRows = (chips + perRow - 1) / perRow;
        h += chipRows * (CHIP_HEIGHT + ITEM_GAP);
        return h + 2;
    }

    private static int chipsPerRow() {
        return Math.max(1, (int) ((SUBNET_WIDTH - 2 * INNER_PAD + ITEM_GAP) / (CHIP_WIDTH + ITEM_GAP)));
    }

    /** A subnet box, its connection badges, then its NAT gateway and interface endpoint chips in rows. */
    private void addSubnet(String azKey, Subnet s, double x, double y, double h, boolean pub) {
        String key = "subnet:" + s.subnetId();
        Box sb = new Box(key, new ElementRef(ElementKind.SUBNET, s.subnetId()), azKey, new Rect(x, y, SUBNET_WIDTH,
                h), s.name(), (s.cidrBlock() == null ? "" : s.cidrBlock() + "  \u00b7  ")
                        + (s.name().equals(s.subnetId()) ? "" : s.subnetId()), pub,
                new IpUsage(s.availableIpAddressCount(), IpUsage.usableIn(s.cidrBlock())), List.of(), 0);
        block.boxes.add(sb);
        boxByKey.put(key, sb);
        double cy = y + SUBNET_CONTENT_Y;
        for (Placement p : badgesBySubnet.getOrDefault(s.subnetId(), List.of())) {
            double w = Math.min(SUBNET_WIDTH - 2 * INNER_PAD, badgeWidth(p.name(), SUBNET_WIDTH - 2 * INNER_PAD));
            block.boxes.add(new Box(badgeKey(p), new ElementRef(ElementKind.CONNECTION, p.name()), key,
                    new Rect(x + INNER_PAD, cy, w, BADGE_HEIGHT), String.valueOf(p.order()), p.name(), false, null,
                    List.of(), p.order()));
            cy += BADGE_HEIGHT + ITEM_GAP;
        }
        List<Box> chips = new ArrayList<>();
        for (NatGateway n : natsBySubnet.getOrDefault(s.subnetId(), List.of())) {
            chips.add(new Box("nat:" + n.natGatewayId(), new ElementRef(ElementKind.NAT_GATEWAY, n.natGatewayId()),
                    key, new Rect(0, 0, CHIP_WIDTH, CHIP_HEIGHT), n.name(),
                    n.natGatewayId() + (n.isPrivate() ? "  \u00b7  private" : ""), false, null, List.of(), 0));
        }
        for (VpcEndpoint e : interfaceBySubnet.getOrDefault(s.subnetId(), List.of())) {
            chips.add(new Box("vpce:" + e.vpcEndpointId(), new ElementRef(ElementKind.VPC_ENDPOINT,
                    e.vpcEndpointId()), key, new Rect(0, 0, CHIP_WIDTH, CHIP_HEIGHT), endpointTitle(e),
                    e.vpcEndpointId(), false, null, List.of(), 0));
        }
        int perRow = chipsPerRow();
        for (int i = 0; i < chips.size(); i++) {
            Box c = chips.get(i);
            double chipX = x + INNER_PAD + (i % perRow) * (CHIP_WIDTH + ITEM_GAP);
            double chipY = cy + (i / perRow) * (CHIP_HEIGHT + ITEM_GAP);
            Box placed = new Box(c.key(), c.ref(), c.parentKey(), new Rect(chipX, chipY, CHIP_WIDTH, CHIP_HEIGHT),
                    c.title(), c.subtitle(), false, null, List.of(), 0);
            block.boxes.add(placed);
            boxByKey.put(placed.key(), placed);
        }
    }

    static String endpointTitle(VpcEndpoint e) {
        String service = e.serviceName() == null ? "endpoint" : e.serviceName();
        int dot = service.lastIndexOf('.');
        String shortName = dot >= 0 ? service.substring(dot + 1) : service;
        return shortName.toUpperCase(Locale.ROOT).equals("S3") ? "S3 " + (e.isGateway() ? "gateway"
                : "interface") + " endpoint" : shortName + " endpoint";
    }
}
