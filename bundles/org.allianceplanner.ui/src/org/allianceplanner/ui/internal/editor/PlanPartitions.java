package org.allianceplanner.ui.internal.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits plan documents into comments, strings and code, so that highlighting of a multi-line
 * comment stays right while typing. Installed on every {@code .alliance} document by the file
 * buffers (extension {@code org.eclipse.core.filebuffers.documentSetup}).
 */
public class PlanPartitions implements IDocumentSetupParticipant {

	public static final String PARTITIONING = "org.allianceplanner.ui.partitioning";
	public static final String COMMENT = "__plan_comment";
	public static final String STRING = "__plan_string";
	static final String[] CONTENT_TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

	@Override
	public void setup(IDocument document) {
		if (document instanceof IDocumentExtension3 extension
				&& extension.getDocumentPartitioner(PARTITIONING) == null) {
			FastPartitioner partitioner = new FastPartitioner(new Scanner(), new String[] { COMMENT, STRING });
			extension.setDocumentPartitioner(PARTITIONING, partitioner);
			partitioner.connect(document);
		}
	}

	private static final class Scanner extends RuleBasedPartitionScanner {
		Scanner() {
			Token comment = new Token(COMMENT);
			Token string = new Token(STRING);
			setPredicateRules(new IPredicateRule[] { new EndOfLineRule("//", comment),
					new MultiLineRule("/*", "*/", comment, (char) 0, true), new SingleLineRule("\"", "\"", string, '\\'),
					new SingleLineRule("'", "'", string, '\\') });
		}
	}
}
