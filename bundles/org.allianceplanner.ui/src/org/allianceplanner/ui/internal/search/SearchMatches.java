package org.allianceplanner.ui.internal.search;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.ui.internal.Activator;
import org.allianceplanner.ui.internal.lsp.FileUris;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.search.ui.text.Match;

/**
 * Turns the language server's locations into Search view matches on their lines. Lines are read from the
 * file's shared buffer: the text of an open editor (which the server's positions refer to) or of the file.
 */
public final class SearchMatches {

	private SearchMatches() {
	}

	public static List<Match> of(List<? extends Location> locations) {
		List<Match> matches = new ArrayList<>();
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		for (Location location : locations) {
			IFile file = FileUris.fileOf(location.getUri());
			if (file == null) {
				continue;
			}
			try {
				buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
				try {
					IDocument document = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
					matches.add(match(file, document, location.getRange()));
				} finally {
					buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
				}
			} catch (CoreException | BadLocationException e) {
				Activator.log("Cannot read the match in " + file.getFullPath(), e);
			}
		}
		return matches;
	}

	private static Match match(IFile file, IDocument document, Range range) throws BadLocationException {
		int line = range.getStart().getLine();
		IRegion lineRegion = document.getLineInformation(line);
		int start = lineRegion.getOffset() + range.getStart().getCharacter();
		int end = document.getLineOffset(range.getEnd().getLine()) + range.getEnd().getCharacter();
		PlanLine planLine = new PlanLine(file, line + 1, lineRegion.getOffset(),
				document.get(lineRegion.getOffset(), lineRegion.getLength()));
		return new Match(planLine, start, Math.max(0, end - start));
	}
}
