package dev.gluefailover.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.Snapshot;
import dev.gluefailover.snapshot.Samples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * What read badly on a projector: lines lying on the AZ columns' borders (red in an outage), and
 * route tables under another zone than their subnets'.
 */
class ProjectorLayoutTest {
    /** Closer than this, a dotted line and a dashed border read as one at projector scale. */
    private static final double CLEARANCE = 10;

    private static Diagram layout(String sample) {
        Snapshot s = Samples.get(sample);
        return DiagramLayout.compute(new SnapshotIndex(s), s.jobs().get(0), LayoutOptions.defaults());
    }

    private static Box box(Diagram d, ElementKind kind, String id) {
        return d.boxes().stream().filter(b -> b.kind() == kind && b.ref().id().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"single-nat", "az-mismatch", "three-az", "seed-article", "ip-exhaustion",
            "endpoint-wrong-table"})
    void noLineRunsAlongAnAzColumnBorder(String sample) {
        Diagram d = layout(sample);
        List<Box> columns = d.boxes().stream().filter(b -> b.kind() == ElementKind.AVAILABILITY_ZONE).toList();
        List<String> close = new ArrayList<>();
        for (Edge e : d.edges()) {
            for (int i = 1; i < e.points().size(); i++) {
                Point a = e.points().get(i - 1);
                Point b = e.points().get(i);
                for (Box c : columns) {
                    Rect r = c.bounds();
                    if (a.x() == b.x() && Math.max(a.y(), b.y()) > r.y() && Math.min(a.y(), b.y()) < r.maxY()
                            && Math.abs(Math.max(a.y(), b.y()) - Math.min(a.y(), b.y())) > CLEARANCE
                            && (Math.abs(a.x() - r.x()) < CLEARANCE || Math.abs(a.x() - r.maxX()) < CLEARANCE)) {
                        close.add(e.key() + " beside the side of " + c.key() + " at x " + a.x());
                    }
                    if (a.y() == b.y() && Math.max(a.x(), b.x()) > r.x() && Math.min(a.x(), b.x()) < r.maxX()
                            && Math.abs(b.x() - a.x()) > CLEARANCE
                            && (Math.abs(a.y() - r.y()) < CLEARANCE || Math.abs(a.y() - r.maxY()) < CLEARANCE)) {
                        close.add(e.key() + " along the top or bottom of " + c.key() + " at y " + a.y());
                    }
                }
            }
        }
        assertTrue(close.isEmpty(), sample + ": " + close);
    }

    @Test
    void aRouteTableOfTwoZonesSitsUnderOneOfThemNotUnderAThird() {
        Diagram d = layout("az-mismatch");
        Box table = box(d, ElementKind.ROUTE_TABLE, "rtb-0c33private0001b"); // subnets in us-east-1b and 1c
        Box b = box(d, ElementKind.AVAILABILITY_ZONE, "use1-az2");
        Box c = box(d, ElementKind.AVAILABILITY_ZONE, "use1-az4");
        double x = table.bounds().centerX();
        assertTrue(x > b.bounds().x() && x < b.bounds().maxX() || x > c.bounds().x() && x < c.bounds().maxX(),
                "under us-east-1b or 1c: " + table.bounds());
        // and, of the two, under the first: 1b comes before 1c
        assertTrue(x > b.bounds().x() && x < b.bounds().maxX(), "under us-east-1b: " + table.bounds());
    }

    @Test
    void theTableOfAConnectionsPathTakesTheFirstColumnOverAPublicTableOfTheSameSpan() {
        Diagram d = layout("single-nat");
        Box privateTable = box(d, ElementKind.ROUTE_TABLE, "rtb-0c33private000001");
        Box a = box(d, ElementKind.AVAILABILITY_ZONE, "use1-az1");
        double x = privateTable.bounds().centerX();
        assertTrue(x > a.bounds().x() && x < a.bounds().maxX(), "under us-east-1a: " + privateTable.bounds());
    }
}
