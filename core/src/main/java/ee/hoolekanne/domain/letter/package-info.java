/**
 * The letters that deliver decisions and notices to a person (HMS-3, HMS-6): what a letter says,
 * as data ({@link ee.hoolekanne.domain.letter.Letter}), and the letters of a case in any state of
 * any service ({@link ee.hoolekanne.domain.letter.CaseLetters}). Rendering them (templates, HTML,
 * PDF) is the work of an adapter of {@code ee.hoolekanne.port.out.DecisionLetters}.
 */
package ee.hoolekanne.domain.letter;
