package org.vigie.core.model;

/** The 16 PLOVER event types. */
public enum EventType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
    ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
}
