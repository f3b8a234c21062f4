package org.vigie.nlp.entities;

import org.vigie.core.model.Span;

/**
 * A role phrase in the text ("le chef de la diplomatie française"): the role and the state or body it belongs to (null
 * when unknown), and whether a word before it makes it a past office ("the former Norwegian prime minister",
 * {@code former-words.txt}).
 */
record RoleHit(Span span, String role, String of, boolean former) {
}
