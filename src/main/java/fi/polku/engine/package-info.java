/**
 * The engine internals Polku cannot avoid, and only here: classes of Camunda's {@code impl}
 * packages, the command context, and SQL on the engine's {@code act_*} tables. Each class says why
 * the public API does not do, and {@code EngineInternalsTest} fails when an engine upgrade changes
 * what it relies on. An ArchUnit rule ({@code HouseRulesTest}) keeps every other package off
 * Camunda's internals.
 */
package fi.polku.engine;
