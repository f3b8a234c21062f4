package org.vigie.nlp.entities;

import org.vigie.core.model.Span;

/** A role phrase in the text ("le chef de la diplomatie française"): the role and the state or body it belongs to (null when unknown). */
record RoleHit(Span span, String role, String of) {
}
