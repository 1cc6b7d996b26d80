package dev.gluefailover.snapshot;

import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.GlueJob;
import dev.gluefailover.model.Ipv4Cidr;
import dev.gluefailover.model.RouteTable;
import dev.gluefailover.model.RouteTableAssociation;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.model.Subnet;
import dev.gluefailover.model.Vpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Things in a snapshot that AWS cannot have but that do not stop an evaluation: an invalid CIDR,
 * a subnet outside its VPC's range, negative counts, two main route tables in one VPC, a subnet
 * associated with two tables. The snapshot is loaded anyway (a hand-edited file may be mostly
 * right); each warning names the element, and the command line, the JSON report and the window
 * show them, so nothing is picked silently.
 */
public final class SnapshotWarnings {

    /**
     * One warning: what it is about ({@code subject}, e.g. "subnet subnet-0abc" or "job etl"), the
     * network element when it is one (null for a job), and what is wrong, in plain words.
     */
    public record Warning(String subject, ElementRef element, String message) {
        static Warning on(ElementRef element, String message) {
            String kind = element.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            return new Warning(kind + " " + element.id(), element, message);
        }

        public String text() {
            return subject + ": " + message;
        }
    }

    private SnapshotWarnings() {
    }

    public static List<Warning> of(Snapshot s) {
        List<Warning> out = new ArrayList<>();
        Map<String, Ipv4Cidr> vpcRanges = new HashMap<>();
        for (Vpc v : s.vpcs()) {
            ElementRef ref = new ElementRef(ElementKind.VPC, v.vpcId());
            if (v.cidrBlock() != null) {
                Optional<Ipv4Cidr> range = Ipv4Cidr.parse(v.cidrBlock());
                if (range.isEmpty()) {
                    out.add(Warning.on(ref, "CIDR block \"" + v.cidrBlock() + "\" is not a valid IPv4 CIDR"));
                } else {
                    vpcRanges.put(v.vpcId(), range.get());
                }
            }
        }
        for (Subnet sn : s.subnets()) {
            ElementRef ref = new ElementRef(ElementKind.SUBNET, sn.subnetId());
            if (sn.cidrBlock() != null) {
                Optional<Ipv4Cidr> range = Ipv4Cidr.parse(sn.cidrBlock());
                Ipv4Cidr vpc = vpcRanges.get(sn.vpcId());
                if (range.isEmpty()) {
                    out.add(Warning.on(ref, "CIDR block \"" + sn.cidrBlock() + "\" is not a valid IPv4 CIDR"));
                } else if (vpc != null && !vpc.contains(range.get())) {
                    out.add(Warning.on(ref, "CIDR block " + sn.cidrBlock() + " lies outside its VPC " + sn.vpcId()
                            + "'s range " + vpc.text()));
                }
            }
            if (sn.availableIpAddressCount() != null && sn.availableIpAddressCount() < 0) {
                out.add(Warning.on(ref, "free IPs is negative (" + sn.availableIpAddressCount()
                        + "); the free-IP checks treat it as none free"));
            }
        }
        Map<String, List<String>> mainTables = new LinkedHashMap<>();
        Map<String, List<String>> tablesOfSubnet = new LinkedHashMap<>();
        for (RouteTable t : s.routeTables()) {
            for (RouteTableAssociation a : t.associations()) {
                if (a.main()) {
                    mainTables.computeIfAbsent(t.vpcId(), k -> new ArrayList<>()).add(t.routeTableId());
                } else if (a.subnetId() != null) {
                    List<String> tables = tablesOfSubnet.computeIfAbsent(a.subnetId(), k -> new ArrayList<>());
                    if (!tables.contains(t.routeTableId())) {
                        tables.add(t.routeTableId());
                    }
                }
            }
        }
        mainTables.forEach((vpc, tables) -> {
            if (tables.size() > 1) {
                out.add(Warning.on(new ElementRef(ElementKind.VPC, vpc), "has " + tables.size()
                        + " main route tables (" + String.join(", ", tables) + "); a VPC has exactly one"));
            }
        });
        tablesOfSubnet.forEach((subnet, tables) -> {
            if (tables.size() > 1) {
                out.add(Warning.on(new ElementRef(ElementKind.SUBNET, subnet), "is associated with "
                        + tables.size() + " route tables (" + String.join(", ", tables)
                        + "); a subnet has exactly one"));
            }
        });
        for (GlueJob j : s.jobs()) {
            if (j.numberOfWorkers() != null && j.numberOfWorkers() < 0) {
                out.add(new Warning("job " + j.name(), null, "numberOfWorkers is negative (" + j.numberOfWorkers()
                        + "); the IP demand cannot be worked out"));
            }
            if (j.maxCapacity() != null && j.maxCapacity() < 0) {
                out.add(new Warning("job " + j.name(), null, "maxCapacity is negative (" + j.maxCapacity() + ")"));
            }
        }
        return List.copyOf(out);
    }
}
