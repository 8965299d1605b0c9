package dev.ide.core.store;

class InMemoryDraftStoreTest extends DraftStoreContract {

    @Override
    protected DraftStore newStore() {
        return new InMemoryDraftStore();
    }
}
