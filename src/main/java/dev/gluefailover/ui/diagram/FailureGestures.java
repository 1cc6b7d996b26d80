package dev.gluefailover.ui.diagram;

import dev.gluefailover.engine.Evaluation;
import dev.gluefailover.engine.FailureTargets;
import dev.gluefailover.engine.SimulatedFailure;
import dev.gluefailover.engine.Simulation;
import dev.gluefailover.engine.SnapshotIndex;
import dev.gluefailover.model.ElementKind;
import dev.gluefailover.model.ElementRef;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;

/**
 * What the diagram's failure gestures mean, and the context menu that offers them. It decides no
 * meaning of its own: "fail or restore this element" is {@link FailureTargets#toggle} (a subnet:
 * 0 free IPs; an AZ: an outage of its zone id), what is failed is {@link Simulation#isFailed}, a
 * subnet's free IPs {@link Simulation#freeIps}. The view holds no simulation: it reports what the
 * user wants to its owner, who answers with a new evaluation.
 */
final class FailureGestures {
    private static final dev.gluefailover.i18n.Messages TEXT = dev.gluefailover.i18n.Messages.of("diagram");
    private final Region owner;
    private final DiagramCamera camera;
    private final Supplier<Evaluation> evaluation;
    private Consumer<SimulatedFailure> onToggleFailure = f -> { };
    private Consumer<ElementRef> onToggleElement;
    private FreeIpsDialog.Ask askFreeIps = FreeIpsDialog.DIALOG;
    private SnapshotIndex index;
    private FailureTargets targets;
    private ContextMenu openMenu;
    /** The owner's items for an element (the scenario editor's adds and removes). */
    private java.util.function.Function<ElementRef, java.util.List<MenuItem>> additions = r -> java.util.List.of();

    FailureGestures(Region owner, DiagramCamera camera, Supplier<Evaluation> evaluation) {
        this.owner = owner;
        this.camera = camera;
        this.evaluation = evaluation;
    }

    void setIndex(SnapshotIndex index) {
        this.index = index;
        this.targets = new FailureTargets(index);
    }

    void setOnToggleFailure(Consumer<SimulatedFailure> handler) {
        onToggleFailure = handler == null ? f -> { } : handler;
    }

    void setOnToggleElement(Consumer<ElementRef> handler) {
        onToggleElement = handler;
    }

    void setFreeIpsAsk(FreeIpsDialog.Ask ask) {
        askFreeIps = ask == null ? FreeIpsDialog.DIALOG : ask;
    }

    private Simulation simulation() {
        Evaluation ev = evaluation.get();
        return ev == null ? Simulation.NONE : ev.simulation();
    }

    /** The element can fail on its own (an AZ, a NAT gateway, an endpoint, a subnet). */
    boolean canFail(ElementRef ref) {
        return targets != null && targets.failureFor(ref).isPresent();
    }

    /**
     * "Fail or restore this element", the one rule ({@link FailureTargets#toggle}): reported as the
     * element when the owner listens so, else as the failures that change, each of which the owner
     * toggles ({@link Simulation#toggled}) to reach the same simulation.
     */
    void toggle(ElementRef ref) {
        if (!canFail(ref)) {
            return;
        }
        if (onToggleElement != null) {
            onToggleElement.accept(ref);
            return;
        }
        Simulation now = simulation();
        targets.toggle(now, ref).ifPresent(next -> {
            for (SimulatedFailure f : now.failures()) {
                if (!next.contains(f)) {
                    onToggleFailure.accept(f); // it is on: toggling it turns it off
                }
            }
            for (SimulatedFailure f : next.failures()) {
                if (!now.contains(f)) {
                    onToggleFailure.accept(f);
                }
            }
        });
    }

    /**
     * "Set free IPs…" sets the number: a new number replaces the one set before (the owner's toggle
     * puts it in the subnet's slot); the same number again changes nothing, where a toggle would
     * have removed it.
     */
    void setFreeIps(String subnetId, int freeIps) {
        SimulatedFailure.SubnetIps ips = new SimulatedFailure.SubnetIps(subnetId, freeIps);
        if (!simulation().contains(ips)) {
            onToggleFailure.accept(ips);
        }
    }

    void askFreeIps(String subnetId) {
        Simulation sim = simulation();
        Integer current = index.subnet(subnetId).map(sim::freeIps).orElse(sim.freeIpOverride(subnetId).orElse(null));
        askFreeIps.freeIps(owner.getScene() == null ? null : owner.getScene().getWindow(), subnetId, current)
                .ifPresent(n -> setFreeIps(subnetId, n));
    }

    void setMenuAdditions(java.util.function.Function<ElementRef, java.util.List<MenuItem>> items) {
        additions = items == null ? r -> java.util.List.of() : items;
    }

    void showMenu(ElementRef ref, Node anchor, double screenX, double screenY) {
        if (openMenu != null) {
            openMenu.hide();
        }
        openMenu = menuFor(ref);
        openMenu.show(anchor, screenX, screenY);
    }

    /** Fail / Restore, and for a subnet Set free IPs… and Delete subnet; Fit to window. */
    ContextMenu menuFor(ElementRef ref) {
        ContextMenu menu = new ContextMenu();
        Simulation sim = simulation();
        if (canFail(ref)) {
            String what = TEXT.get(switch (ref.kind()) {
                case AVAILABILITY_ZONE -> "menu.fail.zone";
                case SUBNET -> "menu.fail.subnet";
                case VPC_ENDPOINT -> "menu.fail.endpoint";
                default -> "menu.fail.nat";
            });
            MenuItem toggle = new MenuItem(sim.isFailed(ref) ? TEXT.get("menu.restore") : TEXT.get("menu.fail", what));
            toggle.setOnAction(e -> toggle(ref));
            menu.getItems().add(toggle);
        }
        if (ref.kind() == ElementKind.SUBNET) {
            MenuItem ips = new MenuItem(TEXT.get("menu.freeIps"));
            ips.setOnAction(e -> askFreeIps(ref.id()));
            SimulatedFailure.SubnetDeleted del = new SimulatedFailure.SubnetDeleted(ref.id());
            MenuItem delete = new MenuItem(TEXT.get(sim.contains(del) ? "menu.undelete" : "menu.delete"));
            delete.setOnAction(e -> onToggleFailure.accept(del));
            menu.getItems().addAll(new SeparatorMenuItem(), ips, delete);
        }
        java.util.List<MenuItem> extra = additions.apply(ref);
        if (!extra.isEmpty()) {
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().addAll(extra);
        }
        MenuItem fit = new MenuItem(TEXT.get("menu.fit"));
        fit.setOnAction(e -> camera.fitToWindow());
        menu.getItems().addAll(new SeparatorMenuItem(), fit);
        return menu;
    }
}
