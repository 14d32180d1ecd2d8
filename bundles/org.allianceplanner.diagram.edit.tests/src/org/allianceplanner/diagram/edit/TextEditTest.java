package org.allianceplanner.diagram.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Applying, inverting and trimming text edits. */
class TextEditTest {

	private static final String TEXT = "task A: strike {\n\tJASDF support\n}\n";

	@Test
	void editsApplyAgainstTheOriginalOffsetsAndInvertByteForByte() {
		List<TextEdit> edits = List.of(new TextEdit(18, 5, "USFJ"), new TextEdit(5, 1, "Bb"), new TextEdit(34, 0, "// c\n"));
		String edited = TextEdit.apply(TEXT, edits);
		assertEquals("task Bb: strike {\n\tUSFJ support\n}\n// c\n", edited);
		assertEquals(TEXT, TextEdit.apply(edited, TextEdit.inverse(TEXT, edits)));
	}

	@Test
	void trimmingKeepsOnlyTheChangedCharacters() {
		TextEdit whole = new TextEdit(18, 13, "JASDF primary");
		assertEquals(new TextEdit(24, 7, "primary"), whole.trimmed(TEXT));
		assertEquals(TextEdit.apply(TEXT, List.of(whole)), TextEdit.apply(TEXT, List.of(whole.trimmed(TEXT))));
	}

	@Test
	void overlappingEditsAreRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> TextEdit.apply(TEXT, List.of(new TextEdit(0, 5, "x"), new TextEdit(3, 1, "y"))));
	}
}
