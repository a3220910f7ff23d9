package dev.lifeboat.engine;

/** Told what an analysis update changed. */
@FunctionalInterface
public interface AnalysisListener {
    void analysisChanged(AnalysisChange change);
}
