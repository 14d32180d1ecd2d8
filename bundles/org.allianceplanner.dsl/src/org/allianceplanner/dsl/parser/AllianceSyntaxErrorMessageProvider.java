package org.allianceplanner.dsl.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.dsl.Messages;
import org.allianceplanner.dsl.linking.NearestNames;
import org.antlr.runtime.EarlyExitException;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import com.google.inject.Inject;

/**
 * Syntax errors in the words of a plan author: what was found, what was expected ("a name",
 * "a quoted text", a keyword), in which element, and the nearest keyword when the word looks misspelt.
 * No ANTLR token names reach the user.
 */
public class AllianceSyntaxErrorMessageProvider extends SyntaxErrorMessageProvider {

	private static final Map<String, String> TOKEN_WORDS = Map.of(
			"RULE_ID", "a name",
			"RULE_STRING", "a quoted text",
			"RULE_INT", "a number",
			"EOF", "the end of the file",
			"RULE_ML_COMMENT", "a comment",
			"RULE_SL_COMMENT", "a comment",
			"RULE_WS", "a space",
			"RULE_ANY_OTHER", "a character");

	/** The rules of Alliance.xtext that read a name. */
	private static final Set<String> NAME_RULES = Set.of("ValidID", "AssignableID",
			"TaskEntryWord", "QualifiedName", "AssignedPartyName", "QualifiedNameWithWildcard");

	@Inject
	private IGrammarAccess grammarAccess;

	private List<String> keywords;

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		String where = describe(context.getCurrentContext());
		String message;
		String phrase = ExpectedPhrases.describe(context.getCurrentNode());
		if (phrase != null && exception != null && !(exception instanceof UnwantedTokenException)) {
			// "task X: " and then something else: say which words may follow, not only what was found
			message = exception.token != null && exception.token.getType() == Token.EOF
					? Messages.endOfFile(phrase, where)
					: Messages.unexpected(found(exception.token), phrase, where) + hint(exception.token);
		} else if (exception instanceof UnwantedTokenException unwanted) {
			message = Messages.unexpected(found(unwanted.getUnexpectedToken()),
					expected(context, unwanted.expecting), where) + hint(unwanted.getUnexpectedToken());
		} else if (exception instanceof MissingTokenException missing) {
			message = Messages.missing(expected(context, missing.expecting), found(missing.token), where);
		} else if (exception != null && exception.token != null && exception.token.getType() == Token.EOF) {
			String expected = exception instanceof MismatchedTokenException mismatched
					? expected(context, mismatched.expecting) : null;
			message = Messages.endOfFile(expected, where);
		} else if (exception instanceof MismatchedTokenException mismatched) {
			message = Messages.unexpected(found(mismatched.token), expected(context, mismatched.expecting), where)
					+ hint(mismatched.token);
		} else if (exception instanceof NoViableAltException && exception.token != null && isName(context.getCurrentNode())) {
			// A name is a choice of an identifier and the words of the language: no single token was expected.
			message = Messages.missing("a name", found(exception.token), where);
		} else if (exception instanceof NoViableAltException || exception instanceof EarlyExitException) {
			message = Messages.unexpected(found(exception.token), null, where) + hint(exception.token);
		} else if (exception != null && exception.token != null) {
			message = Messages.unexpected(found(exception.token), null, where) + hint(exception.token);
		} else {
			message = plainWords(context.getDefaultMessage());
		}
		return new SyntaxErrorMessage(message, org.eclipse.xtext.diagnostics.Diagnostic.SYNTAX_DIAGNOSTIC);
	}

	private String found(Token token) {
		if (token == null || token.getType() == Token.EOF) {
			return "end of file";
		}
		String text = token.getText();
		if (text == null || text.isBlank()) {
			return "space";
		}
		return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
	}

	private String expected(IParserErrorContext context, int tokenType) {
		String[] names = context.getTokenNames();
		if (names == null || tokenType < 0 || tokenType >= names.length) {
			return null;
		}
		String name = names[tokenType];
		String word = TOKEN_WORDS.get(name);
		return word != null ? word : name;
	}

	/** Whether the parser was reading a name (a call of one of the grammar's name rules) when it failed. */
	private static boolean isName(INode node) {
		EObject element = node != null ? node.getGrammarElement() : null;
		AbstractRule rule = element instanceof RuleCall call ? call.getRule()
				: element instanceof AbstractRule parserRule ? parserRule : null;
		return rule != null && NAME_RULES.contains(rule.getName());
	}

	/** " Did you mean 'implements'?" when the unexpected word is close to a keyword. */
	private String hint(Token token) {
		if (token == null || token.getText() == null || !token.getText().matches("[A-Za-z][A-Za-z-]+")) {
			return "";
		}
		List<String> nearest = NearestNames.nearest(token.getText(), keywords(), 1);
		if (nearest.isEmpty() || nearest.get(0).equals(token.getText())) {
			return "";
		}
		return " Did you mean '" + nearest.get(0) + "'?";
	}

	private synchronized List<String> keywords() {
		if (keywords == null) {
			List<String> all = new ArrayList<>();
			for (String keyword : GrammarUtil.getAllKeywords(grammarAccess.getGrammar())) {
				if (keyword.length() > 2 && Character.isLetter(keyword.charAt(0))) {
					all.add(keyword);
				}
			}
			all.sort(null);
			keywords = all;
		}
		return keywords;
	}

	/** "task 'CounterAirAttack'", or the kind of element alone when it has no name yet. */
	private String describe(EObject element) {
		if (element == null) {
			return null;
		}
		String label = Messages.typeLabel(element.eClass());
		if ("plan model".equals(label)) {
			return null;
		}
		EStructuralFeature nameFeature = element.eClass().getEStructuralFeature("name");
		Object name = nameFeature != null ? element.eGet(nameFeature) : null;
		return name != null ? label + " '" + name + "'" : label;
	}

	/** Last resort: ANTLR's own message with its token names replaced by words. */
	private String plainWords(String message) {
		if (message == null) {
			return "Syntax error.";
		}
		String result = message;
		for (Map.Entry<String, String> entry : TOKEN_WORDS.entrySet()) {
			result = result.replace(entry.getKey(), entry.getValue());
		}
		result = result.replace("mismatched input", "unexpected").replace("extraneous input", "unexpected")
				.replace("no viable alternative at input", "unexpected").replace("expecting", "expected");
		return Character.toUpperCase(result.charAt(0)) + result.substring(1);
	}
}
