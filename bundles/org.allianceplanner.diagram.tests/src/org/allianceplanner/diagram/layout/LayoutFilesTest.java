package org.allianceplanner.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.allianceplanner.diagram.graph.SyntheticDiagrams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutFilesTest {

	@TempDir
	Path dir;

	private final LayoutFile layout = LayoutFile.EMPTY
			.with("responsibility", DiagramPositions.of(Map.of("Task:sar", ElementPosition.pinned(120, 40.125),
					"Party:jp.mod", ElementPosition.moved(10, 20))))
			.with("areas", DiagramPositions.of(Map.of("Area:north", ElementPosition.moved(-5, 0))));

	@Test
	void theLayoutFileLiesBesideThePlan() {
		assertEquals(dir.resolve("plan.alliance.layout"), LayoutFile.pathFor(dir.resolve("plan.alliance")));
	}

	@Test
	void writesSortedStableJsonAndReadsItBack() throws Exception {
		Path file = dir.resolve("plan.alliance.layout");
		LayoutFiles.write(file, layout);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.indexOf("\"areas\"") < text.indexOf("\"responsibility\""), text);
		assertTrue(text.indexOf("\"Party:jp.mod\"") < text.indexOf("\"Task:sar\""), text);
		assertTrue(text.contains("\"x\": 120.0") && text.contains("\"y\": 40.12"), text);
		LayoutFiles.ReadResult read = LayoutFiles.read(file);
		assertFalse(read.unreadable());
		assertEquals(List.of(), read.warnings());
		LayoutFiles.write(file, read.layout());
		assertEquals(text, Files.readString(file, StandardCharsets.UTF_8), "a second write changes nothing");
		assertEquals(ElementPosition.pinned(120, 40.12), read.layout().positions("responsibility").get("Task:sar").get());
	}

	@Test
	void aResizedNodesSizeIsWrittenAndReadBack() throws Exception {
		Path file = dir.resolve("plan.alliance.layout");
		LayoutFile resized = layout.with("responsibility",
				layout.positions("responsibility").with("Task:sar", ElementPosition.pinned(120, 40).withSize(180.004, 52.5)));
		LayoutFiles.write(file, resized);
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(text.contains("\"Task:sar\": {\n        \"height\": 52.5,\n        \"pinned\": true,\n"
				+ "        \"width\": 180.0,\n        \"x\": 120.0,\n        \"y\": 40.0\n      }"), text);
		assertFalse(text.substring(text.indexOf("\"Party:jp.mod\""), text.indexOf("\"Task:sar\"")).contains("width"),
				"a node without a size of the user's has no size in the file:\n" + text);
		LayoutFiles.ReadResult read = LayoutFiles.read(file);
		assertFalse(read.unreadable(), read.warnings().toString());
		assertEquals(ElementPosition.pinned(120, 40).withSize(180, 52.5),
				read.layout().positions("responsibility").get("Task:sar").get());
		assertFalse(read.layout().positions("responsibility").get("Party:jp.mod").get().hasSize());
	}

	@Test
	void aFileWrittenBeforeSizesWereKeptStillLoads() throws Exception {
		Path file = dir.resolve("plan.alliance.layout");
		// a layout file as written before sizes were kept, byte for byte
		String old = "{\n  \"diagrams\": {\n    \"responsibility\": {\n      \"Party:jp.mod\": {\n"
				+ "        \"pinned\": false,\n        \"x\": 10.0,\n        \"y\": 20.0\n      }\n    }\n  },\n"
				+ "  \"format\": \"alliance-diagram-layout\",\n  \"version\": 1\n}\n";
		Files.writeString(file, old, StandardCharsets.UTF_8);
		LayoutFiles.ReadResult read = LayoutFiles.read(file);
		assertFalse(read.unreadable(), read.warnings().toString());
		assertEquals(ElementPosition.moved(10, 20), read.layout().positions("responsibility").get("Party:jp.mod").get());
		assertEquals(old, LayoutFiles.format(read.layout()), "written again, it is the same file");
	}

	@Test
	void aSizeWithoutItsPartnerOrNotPositiveIsDescribed() throws Exception {
		Path file = dir.resolve("bad.layout");
		Files.writeString(file, "{\"format\":\"alliance-diagram-layout\",\"version\":1,"
				+ "\"diagrams\":{\"d\":{\"Task:1\":{\"x\":1,\"y\":2,\"width\":40}}}}");
		LayoutFiles.ReadResult read = LayoutFiles.read(file);
		assertTrue(read.unreadable());
		String warning = read.warnings().get(0);
		assertTrue(warning.contains("\"width\" without \"height\"") && warning.contains("Task:1")
				&& warning.contains("bad.layout"), warning);
		Files.writeString(file, "{\"format\":\"alliance-diagram-layout\",\"version\":1,"
				+ "\"diagrams\":{\"d\":{\"Task:1\":{\"x\":1,\"y\":2,\"width\":40,\"height\":-3}}}}");
		warning = LayoutFiles.read(file).warnings().get(0);
		assertTrue(warning.contains("\"height\" is not a positive number"), warning);
	}

	@Test
	void anEmptyLayoutLeavesNoFile() throws Exception {
		Path file = dir.resolve("plan.alliance.layout");
		LayoutFiles.write(file, layout);
		LayoutFiles.write(file, LayoutFile.EMPTY);
		assertFalse(Files.exists(file));
		assertTrue(LayoutFiles.read(file).layout().isEmpty());
	}

	@Test
	void entriesOfRemovedElementsAreKeptAndReported() throws Exception {
		Path file = dir.resolve("plan.alliance.layout");
		LayoutFile withOrphan = layout.with("responsibility",
				layout.positions("responsibility").with("Task:deleted", ElementPosition.pinned(1, 2)));
		LayoutFiles.write(file, withOrphan);
		LayoutFile read = LayoutFiles.read(file).layout();
		assertEquals(List.of("Task:deleted"), read.orphans(SyntheticDiagrams.responsibility()));
		LayoutFiles.write(file, read);
		assertTrue(Files.readString(file).contains("Task:deleted"), "an orphan is not dropped when saving");
	}

	@Test
	void aRenameMovesTheKeys() {
		LayoutFile renamed = layout.renamed("Task:sar", "Task:search-and-rescue");
		assertTrue(renamed.positions("responsibility").get("Task:sar").isEmpty());
		assertEquals(ElementPosition.pinned(120, 40.125),
				renamed.positions("responsibility").get("Task:search-and-rescue").get());
		assertEquals(layout.positions("areas"), renamed.positions("areas"));
	}

	@Test
	void aCorruptFileIsReportedByNameAndNeverOverwrittenSilently() throws Exception {
		Path file = dir.resolve("plan.alliance.layout");
		String corrupt = "{\n  \"diagrams\": { \"d\": { \"Task:1\": { \"x\": 1, \"y\": \n";
		Files.writeString(file, corrupt);
		LayoutFiles.ReadResult read = LayoutFiles.read(file);
		assertTrue(read.unreadable());
		assertTrue(read.layout().isEmpty());
		assertEquals(1, read.warnings().size());
		String warning = read.warnings().get(0);
		assertTrue(warning.contains(file.toString()) && warning.contains("line"), warning);
		LayoutFileException e = assertThrows(LayoutFileException.class, () -> LayoutFiles.write(file, layout));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertEquals(corrupt, Files.readString(file), "the unreadable file is left as it was");
		LayoutFiles.replaceUnreadable(file, layout);
		assertEquals(LayoutFiles.format(layout), Files.readString(file, StandardCharsets.UTF_8));
		assertFalse(LayoutFiles.read(file).unreadable());
	}

	@Test
	void wrongContentIsDescribed() throws Exception {
		Path file = dir.resolve("bad.layout");
		Files.writeString(file, "{\"format\":\"alliance-diagram-layout\",\"version\":1,"
				+ "\"diagrams\":{\"d\":{\"Task:1\":{\"x\":\"left\",\"y\":2}}}}");
		String warning = LayoutFiles.read(file).warnings().get(0);
		assertTrue(warning.contains("\"x\"") && warning.contains("Task:1") && warning.contains("bad.layout"), warning);
		Files.writeString(file, "{\"format\":\"something-else\",\"version\":1,\"diagrams\":{}}");
		assertTrue(LayoutFiles.read(file).warnings().get(0).contains("something-else"));
	}
}
