package dev.lifeboat.ui;

import dev.lifeboat.engine.SyntheticTopology;
import dev.lifeboat.io.TopologyFiles;
import dev.lifeboat.model.Component;
import dev.lifeboat.model.Topology;
import dev.lifeboat.ui.base.FxExecutor;
import dev.lifeboat.ui.command.SetSettingCommand;
import dev.lifeboat.ui.canvas.ComponentCard;
import dev.lifeboat.ui.document.DocumentService;
import dev.lifeboat.ui.state.DesignerModel;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

/**
 * The designer's UI benchmark (not a test): opens a generated topology of 1,000 components in the real
 * window and prints JSON: the cold start (window with the sample), the time from "open" to the first frame
 * of the big topology (file read in the background, analysis, canvas), and the latency of drag steps.
 *
 * <p>Run: {@code java -cp target/lifeboat.jar dev.lifeboat.ui.UiBenchmark [components] [steps]} on a display
 * (or under xvfb-run). A drag step is a mouse-dragged event on a card, fired at the start of a pulse; its
 * latency runs until that pulse's scene is laid out and ready to render (post-layout pulse listener). The
 * interval between consecutive pulses during the drag is reported too: it includes rendering, since a
 * pulse waits for the previous frame to be rendered. Then 40 setting edits (command to the frame that shows
 * them), and auto layout: of the sample at startup, and of the big topology in the background (with the
 * frame interval while it runs, which shows whether the UI stays responsive).
 *
 * <p>Elapsed times move several-fold with the machine's load; the CPU time of the UI thread (JavaFX application
 * thread) moves much less, so each phase is reported both ways: opening ({@code openFxCpuMs}: from "open" to that
 * first frame, the file read and the analysis excluded as they run in the background, whose CPU time is
 * {@code openBackgroundCpuMs}), a setting edit (median
 * and p95 of the UI thread's CPU from the command to its frame), and applying the finished big layout
 * ({@code layoutApplyFxCpuMs}: from the result reaching the UI thread to the frame that shows it; and the
 * longest pulse-to-pulse interval while the layout runs in the background, and from its result to a few frames
 * after it was applied). With {@code -Dlifeboat.bench.marks=true} it prints each phase's start and end
 * (epoch milliseconds) on standard error, to cut a profile (such as a flight recording) by phase.
 */
public final class UiBenchmark {

    private UiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        CountDownLatch done = new CountDownLatch(1);
        String[] result = new String[1];
        Platform.startup(() -> {
            try {
                run(size, steps, json -> {
                    result[0] = json;
                    done.countDown();
                });
            } catch (Exception e) {
                result[0] = "{\"error\": \"" + e + "\"}";
                done.countDown();
            }
        });
        done.await();
        System.out.println(result[0]);
        Platform.exit();
        System.exit(0);
    }

    private static void run(int size, int steps, java.util.function.Consumer<String> out) throws Exception {
        Topology topology = SyntheticTopology.generate(size, Math.max(1, size / 50), 42);
        Path home = Files.createTempDirectory("lifeboat-bench");
        Path file = home.resolve("synthetic-" + size + ".json");
        TopologyFiles.save(topology, file);
        FxExecutor executor = new FxExecutor();
        long t0 = System.nanoTime();
        DocumentService service = new DocumentService(executor, home);
        DesignerModel model = new DesignerModel(executor, DesignerApp.initialDocument(service));
        DesignerWindow window = new DesignerWindow(model, new Theme(), service,
                Preferences.userRoot().node("dev/lifeboat/ui-bench"));
        Stage stage = new Stage();
        window.show(stage);
        Scene scene = stage.getScene();
        double[] startup = {-1};
        double[] sampleLayout = {-1};
        List<Double> layoutFrames = new ArrayList<>();
        List<Double> applyFrames = new ArrayList<>();
        // the open's background is the worker thread (read, analysis); the layout's apply is drawn by the renderer
        Meter open = new Meter("lifeboat-worker");
        Meter edit = new Meter(null);
        List<Double> editCpu = new ArrayList<>();
        List<Double> editAlloc = new ArrayList<>();
        Meter apply = new Meter("QuantumRenderer");
        boolean[] opened = {false};
        List<Double> latencies = new ArrayList<>();
        List<Double> intervals = new ArrayList<>();
        long[] stepAt = {0};
        long[] lastPulse = {0};
        int[] step = {Integer.MIN_VALUE};
        model.documentProperty().addListener((o, a, b) -> opened[0] = true);
        Runnable afterLayout = () -> {
            long now = System.nanoTime();
            if (startup[0] < 0) {
                startup[0] = (now - t0) / 1e6;
                // auto layout of the sample (ELK was loaded in the background while the window opened)
                window.canvas().autoLayout().run();
            } else if (sampleLayout[0] < 0 && !window.canvas().autoLayout().runningProperty().get()) {
                sampleLayout[0] = window.canvas().autoLayout().lastMillis();
                open.start();
                mark("open");
                window.files().openPath(file);
            } else if (opened[0] && !open.done()) {
                open.stop();
                mark("opened");
                step[0] = -30; // a few frames to settle, then the drag
            }
            if (stepAt[0] != 0) {
                latencies.add((now - stepAt[0]) / 1e6);
                stepAt[0] = 0;
                if (edit.running()) {
                    edit.stop();
                    editCpu.add(edit.cpuMs);
                    editAlloc.add(edit.allocatedBytes / 1e3);
                }
            }
            if (apply.running()) {
                apply.stop();
                mark("applied");
            }
        };
        scene.addPostLayoutPulseListener(afterLayout);
        // the big layout's result reaches the UI thread: running turns false just before it is applied
        window.canvas().autoLayout().runningProperty().addListener((o, was, is) -> {
            if (was && !is && step[0] > steps + 3 + EDITS) {
                apply.start();
                mark("apply");
            }
        });
        new AnimationTimer() {
            private Point2D start;
            private ComponentCard card;
            private final List<Double> dragLatencies = new ArrayList<>();
            private List<Component> stores;
            private long previous;
            private int after = -1;

            @Override
            public void handle(long now) {
                if (step[0] == Integer.MIN_VALUE) {
                    return;
                }
                if (step[0] > 1 && step[0] <= steps + 1 && lastPulse[0] != 0) {
                    intervals.add((now - lastPulse[0]) / 1e6);
                }
                lastPulse[0] = now;
                step[0]++;
                if (step[0] <= 0) {
                    return;
                }
                if (step[0] == 1) {
                    stores = model.topology().components().stream()
                            .filter(c -> c.kind().setting("backup_interval").isPresent()).toList();
                    card = window.canvas().cardOf(model.topology().components().iterator().next());
                    Point2D c = card.localToScene(card.width() / 2, card.height() / 2);
                    start = c;
                    card.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, c.getX(), c.getY()));
                    return;
                }
                if (step[0] <= steps + 1) {
                    double dx = 3 * (step[0] - 1);
                    double dy = 2 * Math.sin(step[0] / 10.0) * 20;
                    stepAt[0] = System.nanoTime();
                    card.fireEvent(mouse(MouseEvent.MOUSE_DRAGGED, start.getX() + dx, start.getY() + dy));
                    return;
                }
                if (step[0] == steps + 2) {
                    card.fireEvent(mouse(MouseEvent.MOUSE_RELEASED, start.getX() + 3 * steps, start.getY()));
                    dragLatencies.addAll(latencies);
                    latencies.clear();
                    return;
                }
                int e = step[0] - steps - 3;
                if (e < EDITS) {
                    // a setting edit through the inspector's path: a command, analysis update, canvas refresh
                    Component db = stores.get(e % stores.size());
                    if (e == 0) {
                        mark("edits");
                    }
                    stepAt[0] = System.nanoTime();
                    edit.start();
                    model.execute(new SetSettingCommand(db, "backup_interval", e % 2 == 0 ? 900L : 7200L));
                    return;
                }
                if (e == EDITS) {
                    // auto layout of the big topology, in the background, while frames keep coming
                    mark("layout");
                    model.selection().clear();
                    layoutFrames.clear();
                    previous = now;
                    window.canvas().autoLayout().run();
                    return;
                }
                if (window.canvas().autoLayout().runningProperty().get()) {
                    layoutFrames.add((now - previous) / 1e6);
                    previous = now;
                    return;
                }
                if (after < 0 || after-- > 0) {
                    // the frame that shows the applied layout, and a few after it
                    applyFrames.add((now - previous) / 1e6);
                    previous = now;
                    if (after < 0) {
                        after = 5;
                    }
                    return;
                }
                double applyRenderCpu = apply.otherCpuNow();
                mark("end");
                stop();
                scene.removePostLayoutPulseListener(afterLayout);
                java.util.Map<String, Double> cpu = new java.util.LinkedHashMap<>();
                cpu.put("openFxCpuMs", open.cpuMs);
                cpu.put("openFxAllocatedMB", open.allocatedBytes / 1e6);
                cpu.put("openBackgroundCpuMs", open.otherCpuMs);
                cpu.put("settingEditFxCpuMedianMs", percentile(editCpu, 50));
                cpu.put("settingEditFxCpuP95Ms", percentile(editCpu, 95));
                cpu.put("settingEditFxAllocatedMedianKB", percentile(editAlloc, 50));
                cpu.put("layoutApplyToFrameMs", apply.wallMs);
                cpu.put("layoutApplyFxCpuMs", apply.cpuMs);
                cpu.put("layoutApplyFxAllocatedMB", apply.allocatedBytes / 1e6);
                cpu.put("longestFrameGapWhileLayoutRunsMs", max(layoutFrames));
                cpu.put("longestFrameGapApplyingLayoutMs", max(applyFrames));
                cpu.put("layoutApplyRenderCpuMs", applyRenderCpu);
                StringBuilder more = new StringBuilder();
                cpu.forEach((k, v) -> more.append(String.format(Locale.ROOT, ", \"%s\": %.2f", k, v)));
                out.accept(json(size, model.topology(), startup[0], open.wallMs, dragLatencies, intervals, latencies,
                        sampleLayout[0], window.canvas().autoLayout().lastMillis(), layoutFrames)
                        .replace(", \"targets\"", more + ", \"targets\""));
                stage.close();
            }
        }.start();
    }

    /** The bytes the calling thread allocated so far: a measure of its work that the machine's load does not move. */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /**
     * One phase measured on the UI thread, from {@link #start} to {@link #stop}: elapsed time, the UI thread's CPU
     * time and allocation, and the CPU time of another thread (by the start of its name) meanwhile.
     */
    private static final class Meter {
        private final String other;
        private long wallAt;
        private long cpuAt;
        private long allocAt;
        private long otherAt;
        private boolean running;
        private boolean done;
        double wallMs = -1;
        double cpuMs = -1;
        double allocatedBytes = -1;
        double otherCpuMs = -1;

        Meter(String other) {
            this.other = other;
        }

        void start() {
            wallAt = System.nanoTime();
            cpuAt = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            allocAt = allocated();
            otherAt = other == null ? 0 : cpuOf(other);
            running = true;
        }

        void stop() {
            wallMs = (System.nanoTime() - wallAt) / 1e6;
            cpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuAt) / 1e6;
            allocatedBytes = allocated() - allocAt;
            otherCpuMs = otherCpuNow();
            running = false;
            done = true;
        }

        /** The other thread's CPU time since the start, in milliseconds. */
        double otherCpuNow() {
            return other == null ? -1 : (cpuOf(other) - otherAt) / 1e6;
        }

        boolean running() {
            return running;
        }

        boolean done() {
            return done;
        }
    }

    private static void mark(String phase) {
        if (Boolean.getBoolean("lifeboat.bench.marks")) {
            System.err.println("mark " + phase + " " + System.currentTimeMillis());
        }
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, double x, double y) {
        return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false, true, false,
                false, false, false, true, null);
    }

    /** Setting edits measured (40; more with -Dlifeboat.bench.edits=N, for a profile). */
    private static final int EDITS = Integer.getInteger("lifeboat.bench.edits", 40);

    private static String json(int size, Topology t, double startup, double first, List<Double> latencies,
                               List<Double> intervals, List<Double> edits, double sampleLayout, double bigLayout,
                               List<Double> layoutFrames) {
        return String.format(Locale.ROOT, "{\"components\": %d, \"dependencies\": %d, \"coldStartWithSampleMs\": %.1f, "
                        + "\"openToFirstRenderMs\": %.1f, "
                        + "\"dragSteps\": %d, \"stepToFrameMedianMs\": %.2f, \"stepToFrameP95Ms\": %.2f, "
                        + "\"frameIntervalMedianMs\": %.2f, \"frameIntervalP95Ms\": %.2f, "
                        + "\"settingEditToFrameMedianMs\": %.2f, \"settingEditToFrameP95Ms\": %.2f, "
                        + "\"autoLayoutSampleMs\": %.0f, \"autoLayoutBackgroundMs\": %.0f, "
                        + "\"frameIntervalDuringLayoutP95Ms\": %.1f, "
                        + "\"targets\": {\"openToFirstRenderMs\": 2000, \"stepToFrameP95Ms\": 16, "
                        + "\"settingEditToFrameP95Ms\": 16.7, \"autoLayoutSampleMs\": 1000, "
                        + "\"autoLayoutBackgroundMs\": 10000}}",
                size, t.dependencies().size(), startup, first, latencies.size(), percentile(latencies, 50),
                percentile(latencies, 95), percentile(intervals, 50), percentile(intervals, 95), percentile(edits, 50),
                percentile(edits, 95), sampleLayout, bigLayout, percentile(layoutFrames, 95));
    }

    /** The CPU time so far of the thread whose name starts so (0 when there is none). */
    private static long cpuOf(String name) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(name)) {
                return ManagementFactory.getThreadMXBean().getThreadCpuTime(t.getId());
            }
        }
        return 0;
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
