package dev.lifeboat.ui.base;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one threading seam of the designer: background work and the hand-over of its result to the UI
 * thread go through here. The window uses {@link FxExecutor}; tests inject {@link #sameThread()}.
 */
public interface UiExecutor {

    /** Runs {@code work} off the UI thread, then {@code done} or {@code failed} on the UI thread. */
    <T> void background(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs {@code action} on the UI thread (later, when called from another thread). */
    void ui(Runnable action);

    /**
     * An executor whose background work runs on a worker of its own, named {@code name} (the same one for the same
     * name), for long work (a recommender's search) that must not hold up what the shared worker does (opening and
     * saving documents); results come back to the UI thread the same way. This one itself when it has no workers.
     */
    default UiExecutor lane(String name) {
        return this;
    }

    /** An executor that runs everything at once on the calling thread. */
    static UiExecutor sameThread() {
        return new UiExecutor() {
            @Override
            public <T> void background(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            }

            @Override
            public void ui(Runnable action) {
                action.run();
            }
        };
    }
}
