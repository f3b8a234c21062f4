package org.vigie.monitor;

import java.util.List;

/** An alert a rule wants to raise; {@code dedupe} says which earlier alert it would repeat. */
record Draft(String dedupe, String kind, String title, String storyId, List<Evidence> evidence) {
}
