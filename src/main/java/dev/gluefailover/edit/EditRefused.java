package dev.gluefailover.edit;

/** An edit that cannot be made as asked; the message says why, in the user's language. */
public final class EditRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EditRefused(String message) {
        super(message);
    }
}
