package dev.gluefailover.ui;

import atlantafx.base.theme.Styles;
import dev.gluefailover.aws.AwsClients;
import dev.gluefailover.aws.AwsConnectionOptions;
import dev.gluefailover.aws.AwsLoadException;
import dev.gluefailover.aws.GlueNetworkLoader;
import dev.gluefailover.aws.JobSummary;
import dev.gluefailover.aws.LoadStatus;
import dev.gluefailover.i18n.Messages;
import dev.gluefailover.model.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.profiles.Profile;

/**
 * File ▸ Load from AWS: a profile (from ~/.aws/config and credentials), a region, an optional
 * endpoint URL (local emulators), a searchable list of the region's Glue jobs, and a load with
 * progress and Cancel. Every AWS call runs in a {@link Task} off the JavaFX thread; the window
 * never waits on the network. The clients come from an {@link AwsClientFactory}.
 */
final class AwsLoadDialog {
    private static final Logger LOG = LoggerFactory.getLogger(AwsLoadDialog.class);
    private static final Messages T = Messages.of("dialogs");

    /** A finished load: the snapshot and how to name it in the status bar (rendered when shown). */
    record Loaded(Snapshot snapshot, java.util.function.Supplier<String> label) {
    }

    private final Window owner;
    /** The main window's status bar, which follows a running list or load. */
    private final StatusLine status;
    private final AwsClientFactory aws;
    private final Dialog<Loaded> dialog = new Dialog<>();
    private final ComboBox<String> profile = new ComboBox<>();
    private final TextField region = new TextField();
    private final TextField endpoint = new TextField();
    private final Label endpointError = new Label();
    /** The endpoint field holds something that is not an http(s) URL: List and Load wait for a fix. */
    private final BooleanProperty endpointInvalid = new SimpleBooleanProperty(false);
    /** A list or load task is running. */
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final TextField search = new TextField();
    private final ObservableList<JobSummary> jobs = FXCollections.observableArrayList();
    private final FilteredList<JobSummary> shownJobs = new FilteredList<>(jobs);
    private final ListView<JobSummary> jobList = new ListView<>(shownJobs);
    private final ProgressBar progress = new ProgressBar(0);
    private final Label step = new Label(T.get("aws.start"));
    private final Map<String, Profile> profiles;
    private Task<?> running;

    AwsLoadDialog(Window owner, StatusLine status, AwsClientFactory aws) {
        this.owner = owner;
        this.status = status;
        this.aws = aws;
        this.profiles = aws.profiles();
        build();
    }

    Optional<Loaded> showAndLoad() {
        return dialog.showAndWait();
    }

    private void build() {
        dialog.initOwner(owner);
        dialog.setTitle(T.get("aws.title"));
        dialog.setHeaderText(T.get("aws.header"));
        dialog.setGraphic(new FontIcon("mdi2c-cloud-download"));
        dialog.setResizable(true);

        profile.setEditable(true);
        profile.getItems().setAll(new TreeSet<>(profiles.keySet()));
        String envProfile = System.getenv("AWS_PROFILE");
        profile.setValue(envProfile != null ? envProfile : profiles.containsKey("default") ? "default"
                : profile.getItems().isEmpty() ? "" : profile.getItems().get(0));
        profile.setPromptText(T.get("aws.profilePrompt"));
        profile.valueProperty().addListener((o, a, b) -> fillRegion());
        profile.setId("awsProfile");
        region.setPromptText(T.get("aws.regionPrompt"));
        region.setId("awsRegion");
        fillRegion();
        endpoint.setId("awsEndpoint");
        endpoint.setPromptText(T.get("aws.endpointPrompt"));
        endpoint.setTooltip(new Tooltip(T.get("aws.endpointTip")));
        endpointError.setId("awsEndpointError");
        endpointError.getStyleClass().add(Styles.DANGER);
        endpointError.setWrapText(true);
        endpointError.visibleProperty().bind(endpointInvalid);
        endpointError.managedProperty().bind(endpointInvalid);
        endpoint.textProperty().addListener((o, a, b) -> validateEndpoint());

        Button list = new Button(T.get("aws.listJobs"), new FontIcon("mdi2m-magnify"));
        list.setId("awsListJobs");
        list.setDefaultButton(false);
        list.disableProperty().bind(busy.or(endpointInvalid));
        list.setOnAction(e -> listJobs());
        search.setId("awsJobSearch");
        search.setPromptText(T.get("aws.search"));
        search.textProperty().addListener((o, a, b) -> {
            String q = b == null ? "" : b.trim().toLowerCase(java.util.Locale.ROOT);
            shownJobs.setPredicate(j -> q.isEmpty() || j.name().toLowerCase(java.util.Locale.ROOT).contains(q));
        });
        jobList.setId("awsJobList");
        jobList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        jobList.setPlaceholder(new Label(T.get("aws.noJobs")));
        jobList.setPrefHeight(260);
        jobList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(JobSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.connectionCount() == 1 ? T.get("aws.jobRow.one", item.name())
                        : T.get("aws.jobRow.many", item.name(), String.valueOf(item.connectionCount())));
            }
        });

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, fieldLabel(T.get("aws.profile"), profile), profile);
        form.addRow(1, fieldLabel(T.get("aws.region"), region), region, list);
        form.addRow(2, fieldLabel(T.get("aws.endpoint"), endpoint), endpoint);
        form.add(endpointError, 1, 3, 2, 1);
        GridPane.setColumnSpan(endpoint, 2);
        GridPane.setHgrow(profile, Priority.ALWAYS);
        profile.setMaxWidth(Double.MAX_VALUE);

        progress.setId("awsLoadProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        step.setId("awsLoadStep");
        step.setWrapText(true);
        step.getStyleClass().add("hint");
        Label hint = new Label(T.get("aws.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        VBox box = new VBox(10, form, search, jobList, hint, progress, step);
        box.setPadding(new Insets(4));
        box.setPrefWidth(560);
        VBox.setVgrow(jobList, Priority.ALWAYS);
        dialog.getDialogPane().setContent(box);

        ButtonType loadType = new ButtonType(T.get("aws.load"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(loadType, ButtonType.CANCEL);
        Button load = (Button) dialog.getDialogPane().lookupButton(loadType);
        load.setId("awsLoad");
        load.disableProperty().bind(Bindings.isEmpty(jobList.getSelectionModel().getSelectedItems())
                .or(endpointInvalid));
        // The dialog stays open while loading: Load starts the task, which closes it when done.
        load.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (running == null) {
                load();
            }
        });
        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("awsCancel");
        cancel.addEventFilter(ActionEvent.ACTION, e -> {
            if (running != null) {
                e.consume();
                running.cancel();
            }
        });
        dialog.setOnCloseRequest(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        dialog.setResultConverter(b -> null);
        ErrorDialog.speakTheToolsLanguage(dialog);
    }

    /** A field's label, which a screen reader reads with the field; it never shrinks to "Prof…". */
    private static Label fieldLabel(String text, javafx.scene.Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private void fillRegion() {
        Profile p = profiles.get(profile.getValue());
        String fromProfile = p == null ? null : p.property("region").orElse(null);
        String env = Optional.ofNullable(System.getenv("AWS_REGION")).orElse(System.getenv("AWS_DEFAULT_REGION"));
        if (fromProfile != null) {
            region.setText(fromProfile);
        } else if (region.getText().isBlank() && env != null) {
            region.setText(env);
        }
    }

    /**
     * Says under the field what is wrong with the endpoint URL, as soon as it is typed; the
     * same rule and words as the CLI's --endpoint-url (AwsConnectionOptions.endpoint).
     */
    private void validateEndpoint() {
        String problem = null;
        try {
            AwsConnectionOptions.endpoint(endpoint.getText());
        } catch (AwsLoadException e) {
            problem = AwsProblemText.endpointProblem(e.getMessage());
        }
        endpointError.setText(problem == null ? "" : problem);
        endpointInvalid.set(problem != null);
        endpoint.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null);
    }

    /** What the user typed; empty when the endpoint URL is malformed (the inline message says why). */
    private Optional<AwsConnectionOptions> options() {
        validateEndpoint();
        if (endpointInvalid.get()) {
            endpoint.requestFocus();
            return Optional.empty();
        }
        return Optional.of(AwsConnectionOptions.of(profile.getEditor().getText(), region.getText(), endpoint.getText()));
    }

    private void listJobs() {
        Optional<AwsConnectionOptions> given = options();
        if (given.isEmpty()) {
            return;
        }
        AwsConnectionOptions opts = given.get();
        Task<List<JobSummary>> task = new Task<>() {
            @Override
            protected List<JobSummary> call() {
                try (AwsClients clients = aws.open(opts)) {
                    return new GlueNetworkLoader(clients).listJobs(this::report, this::isCancelled);
                }
            }

            private void report(LoadStatus s) {
                updateProgress(s.callsDone(), Math.max(1, s.callsPlanned()));
                updateMessage(s.step());
            }
        };
        task.setOnSucceeded(e -> {
            jobs.setAll(task.getValue());
            step.textProperty().unbind();
            step.setText(T.get("aws.listed", String.valueOf(jobs.size()),
                    opts.region() == null ? T.get("aws.profileRegion") : opts.region()));
            search.requestFocus();
        });
        run(task, T.get("aws.listing"), opts);
    }

    private void load() {
        Optional<AwsConnectionOptions> given = options();
        if (given.isEmpty()) {
            return;
        }
        AwsConnectionOptions opts = given.get();
        List<String> names = new ArrayList<>(jobList.getSelectionModel().getSelectedItems().stream()
                .map(JobSummary::name).toList());
        Task<Snapshot> task = new Task<>() {
            @Override
            protected Snapshot call() {
                try (AwsClients clients = aws.open(opts)) {
                    return new GlueNetworkLoader(clients).load(names, this::report, this::isCancelled);
                }
            }

            private void report(LoadStatus s) {
                updateProgress(s.callsDone(), Math.max(1, s.callsPlanned()));
                updateMessage(s.step());
            }
        };
        task.setOnSucceeded(e -> {
            Snapshot s = task.getValue();
            String region = s.region().name();
            int unread = s.problems().size();
            java.util.function.Supplier<String> label = () -> T.get("aws.label", String.join(", ", names), region)
                    + (opts.endpointUrl() == null ? "" : T.get("aws.labelVia", opts.endpointUrl().toString()))
                    + (unread == 0 ? "" : T.get("aws.labelProblems", String.valueOf(unread)));
            dialog.setResult(new Loaded(s, label));
            dialog.close();
        });
        run(task, T.get("aws.loading", String.join(", ", names)), opts);
    }

    /** Runs a task on a daemon thread with progress in the dialog and the status bar. */
    private void run(Task<?> task, String what, AwsConnectionOptions opts) {
        running = task;
        busy.set(true);
        progress.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        step.textProperty().bind(task.messageProperty());
        status.follow(what, task);
        task.stateProperty().addListener((o, a, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                running = null;
                busy.set(false);
                progress.progressProperty().unbind();
                progress.setVisible(false);
                if (state != Worker.State.SUCCEEDED) {
                    step.textProperty().unbind();
                }
                if (state == Worker.State.CANCELLED) {
                    step.setText(T.get("aws.cancelled"));
                }
                if (state == Worker.State.FAILED) {
                    failed(task.getException(), opts);
                }
            }
        });
        Thread t = new Thread(task, "aws-load");
        t.setDaemon(true);
        t.start();
    }

    private void failed(Throwable e, AwsConnectionOptions opts) {
        if (e instanceof CancellationException) {
            step.setText(T.get("aws.cancelled"));
            return;
        }
        LOG.info("AWS load failed: {}", e.toString());
        // The window's words (its fields, the profiles it lists); the raw message waits under Details.
        AwsProblemText.Problem problem = AwsProblemText.of(e, new AwsProblemText.Choice(opts.profile(), opts.region(),
                opts.endpointUrl(), profiles.keySet()));
        step.setText(T.get("aws.failed", problem.header()));
        Alert a = ErrorDialog.withFoldedDetails(dialog.getDialogPane().getScene().getWindow(), T.get("aws.failedTitle"),
                problem.header(), problem.whatToDo(), problem.details());
        a.getDialogPane().getContent().setId("awsWhatToDo");
        Platform.runLater(a::showAndWait);
    }
}
