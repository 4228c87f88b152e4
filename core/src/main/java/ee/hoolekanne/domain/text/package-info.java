/**
 * Texts meant for a person — the explanation of a deadline, outcomes, grounds, terms, holiday
 * names — in Estonian (the default), English and Russian (RVK-3), from the JDK's resource bundles
 * {@code ee/hoolekanne/domain/text/texts*.properties}. Messages for developers (exceptions, error
 * records' {@code message()}) stay English.
 */
package ee.hoolekanne.domain.text;
