package dev.ide.core.model;

/** The two models 이드 uses. The id is the seed's key ("classifier", "reasoner"). */
public enum Role {
    CLASSIFIER("classifier"),
    REASONER("reasoner");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
