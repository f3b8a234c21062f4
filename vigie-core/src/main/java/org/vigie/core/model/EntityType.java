package org.vigie.core.model;

public enum EntityType { PER, ORG, GPE, LOC, MISC }
