package dev.gluefailover.ui;

import javafx.scene.Node;

/**
 * Lets a panel rebuild itself only while it is in a scene. A panel follows the view-model with
 * listeners; when the window's content is replaced (View ▸ Language builds it again) the old panel
 * leaves the scene for good and must stop doing work nobody sees. A panel taken out for a while
 * (presentation mode rearranges the window) rebuilds once when it is back.
 */
final class WhileShown {
    private final Node node;
    private boolean shown;
    private boolean stale;

    /** {@code rebuild} is called again when the node comes back into a scene after a skipped rebuild. */
    WhileShown(Node node, Runnable rebuild) {
        this.node = node;
        node.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                shown = true;
                if (stale) {
                    stale = false;
                    rebuild.run();
                }
            }
        });
    }

    /** False (and remembered) while a node that has been shown is out of every scene. */
    boolean allows() {
        if (shown && node.getScene() == null) {
            stale = true;
            return false;
        }
        return true;
    }
}
