package org.allianceplanner.ui.internal.editor;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.allianceplanner.ui.internal.lsp.PlanLanguageServer;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.IGrammarAccess;

/**
 * Highlights code: the language's keywords, the Guidelines' vocabulary (enum literals such as
 * "primary responsibility", "rear area support") and clause identifiers such as {@code IV.2(2)a}.
 * The words come from the grammar itself, so the highlighting follows the language.
 */
public class PlanCodeScanner extends RuleBasedScanner {

	static final Pattern CLAUSE_ID = Pattern.compile("(Annex|[IVX]+)(\\.[0-9A-Za-z]+|\\([0-9]+\\)[a-z]?)+");

	/** A section of the Guidelines alone ({@code implements IV}): a clause identifier too. */
	static final Pattern SECTION = Pattern.compile("I|II|III|IV|V|VI|VII");

	private static Set<String> keywords;
	private static Set<String> vocabulary;

	public PlanCodeScanner() {
		loadWords();
		IToken keyword = token(PlanColors.KEYWORD);
		IToken word = token(PlanColors.VOCABULARY);
		// Any other word (a name such as AirDefense) is consumed whole as plain text, so that no keyword
		// is ever found inside a name.
		WordRule words = new WordRule(new Words(), new Token(null));
		// A word that is both (e.g. "support") reads as vocabulary; the structure words win otherwise.
		vocabulary.forEach(w -> words.addWord(w, word));
		keywords.stream().filter(k -> !vocabulary.contains(k)).forEach(k -> words.addWord(k, keyword));
		setRules(new IRule[] { new WhitespaceRule(Character::isWhitespace), new ClauseIdRule(token(PlanColors.CLAUSE)),
				words });
	}

	static RuleBasedScanner single(RGB rgb) {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(token(rgb));
		return scanner;
	}

	static IToken token(RGB rgb) {
		return new Token(new TextAttribute(PlanColors.color(rgb), null, PlanColors.bold(rgb)));
	}

	private static synchronized void loadWords() {
		if (keywords != null) {
			return;
		}
		Grammar grammar = PlanLanguageServer.get().languageInjector().getInstance(IGrammarAccess.class).getGrammar();
		Set<String> enumWords = new HashSet<>();
		for (EnumLiteralDeclaration literal : EcoreUtil2.getAllContentsOfType(grammar, EnumLiteralDeclaration.class)) {
			for (String w : literal.getLiteral().getValue().split(" ")) {
				enumWords.add(w);
			}
		}
		Set<String> structure = new HashSet<>();
		for (String k : GrammarUtil.getAllKeywords(grammar)) {
			if (k.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
				structure.add(k);
			}
		}
		vocabulary = enumWords;
		keywords = structure;
	}

	/** Keywords of the grammar that are words (not punctuation). */
	public static Set<String> keywords() {
		loadWords();
		return keywords;
	}

	private static final class Words implements IWordDetector {
		@Override
		public boolean isWordStart(char c) {
			return Character.isLetter(c) || c == '_';
		}

		@Override
		public boolean isWordPart(char c) {
			return Character.isLetterOrDigit(c) || c == '_' || c == '-';
		}
	}

	/** A clause identifier in the Guidelines' numbering, read greedily and checked as a whole. */
	private static final class ClauseIdRule implements IRule {
		private final IToken token;

		ClauseIdRule(IToken token) {
			this.token = token;
		}

		@Override
		public IToken evaluate(ICharacterScanner scanner) {
			StringBuilder text = new StringBuilder();
			int c = scanner.read();
			while (c != ICharacterScanner.EOF && (Character.isLetterOrDigit(c) || c == '.' || c == '(' || c == ')')) {
				text.append((char) c);
				c = scanner.read();
			}
			scanner.unread();
			if (SECTION.matcher(text).matches()) {
				return token;
			}
			int length = text.length();
			while (length > 0 && !CLAUSE_ID.matcher(text.subSequence(0, length)).matches()) {
				length--;
			}
			if (length == 0 || !text.substring(0, Math.min(length, text.length())).contains(".")) {
				for (int i = 0; i < text.length(); i++) {
					scanner.unread();
				}
				return Token.UNDEFINED;
			}
			for (int i = length; i < text.length(); i++) {
				scanner.unread();
			}
			return token;
		}
	}
}
