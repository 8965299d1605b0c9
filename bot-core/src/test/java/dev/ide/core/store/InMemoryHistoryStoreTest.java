package dev.ide.core.store;

class InMemoryHistoryStoreTest extends HistoryStoreContract {

    @Override
    protected HistoryStore newStore() {
        return new InMemoryHistoryStore();
    }
}
