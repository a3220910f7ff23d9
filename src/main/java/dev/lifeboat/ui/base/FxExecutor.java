package dev.lifeboat.ui.base;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The window's {@link UiExecutor}: one daemon worker thread (and one per {@link #lane}), results handed back with
 * Platform.runLater.
 */
public final class FxExecutor implements UiExecutor {

    private final ExecutorService worker;
    private final Map<String, FxExecutor> lanes = new ConcurrentHashMap<>();

    public FxExecutor() {
        this("lifeboat-worker");
    }

    private FxExecutor(String threadName) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void background(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        worker.execute(() -> {
            try {
                T result = work.call();
                ui(() -> done.accept(result));
            } catch (Exception | Error e) {
                ui(() -> failed.accept(e));
            }
        });
    }

    @Override
    public void ui(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public UiExecutor lane(String name) {
        return lanes.computeIfAbsent(name, n -> new FxExecutor("lifeboat-" + n));
    }

    /** Stops the worker threads (its lanes' too). */
    public void shutdown() {
        worker.shutdownNow();
        lanes.values().forEach(FxExecutor::shutdown);
    }
}
