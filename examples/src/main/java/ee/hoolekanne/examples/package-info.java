/**
 * Runnable examples: the newcomer's first run ({@link ee.hoolekanne.examples.Examples}) and the
 * deadline command ({@link ee.hoolekanne.examples.DeadlineCommand}). Each is short code the
 * README quotes.
 */
package ee.hoolekanne.examples;
