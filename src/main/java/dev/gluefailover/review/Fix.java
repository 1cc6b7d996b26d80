package dev.gluefailover.review;

import dev.gluefailover.model.ElementRef;
import dev.gluefailover.model.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One change to the network or the job that a team could make: what kind of change it is, what
 * it changes in a fork of the snapshot ({@link #apply}), the elements it adds and the elements it
 * changes (the window marks both as <em>proposed</em>), and the AWS CLI commands that make the
 * same change on the account. The commands are text to copy; the tool never runs them.
 *
 * <p>Ids of elements a fix adds say so and are stable for the same snapshot:
 * {@code nat-proposed-use1-az2}, {@code rtb-proposed-use1-az2}, {@code vpce-proposed-s3-vpc-…},
 * {@code <connection>-proposed-use1-az2}.
 *
 * @param kind     the kind of change (a stable code, English)
 * @param id       a stable id of this fix within one set of recommendations ({@code NAT_PER_AZ:vpc-…})
 * @param title    one line in the user's language
 * @param added    the elements the fix adds, by kind and id
 * @param changed  the existing elements the fix changes
 * @param commands the AWS CLI commands, in the order to run them; lines starting with {@code #} are comments
 * @param notes    what to know before running them, in the user's language
 */
public record Fix(FixKind kind, String id, String title, List<ElementRef> added, List<ElementRef> changed,
        List<String> commands, List<String> notes, UnaryOperator<Snapshot> change) {

    public Fix {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        commands = List.copyOf(commands);
        notes = List.copyOf(notes);
    }

    /** The fork: the snapshot with this change made. The snapshot given is not touched. */
    public Snapshot apply(Snapshot snapshot) {
        return change.apply(snapshot);
    }

    /** Every element the fix adds or changes, added first: what a preview marks as proposed. */
    public List<ElementRef> proposed() {
        List<ElementRef> all = new ArrayList<>(added);
        for (ElementRef r : changed) {
            if (!all.contains(r)) {
                all.add(r);
            }
        }
        return all;
    }

    /** The commands as one block of text, ready to paste into a shell. */
    public String commandText() {
        return String.join("\n", commands) + "\n";
    }
}
