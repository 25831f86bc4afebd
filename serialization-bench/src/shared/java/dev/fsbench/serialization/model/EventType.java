package dev.fsbench.serialization.model;

/** Kind of business event; an enum field is one of the shapes serializers treat specially. */
public enum EventType {
    VIEW,
    ADD_TO_CART,
    PURCHASE,
    REFUND
}
