package io.frontline.sanction.application.port.in;

/** Activates approved measures whose start has come and expires active ones whose end has, each once. */
public interface AdvanceMeasuresUseCase {
    /** @return how many measures changed */
    int advanceDue();
}
