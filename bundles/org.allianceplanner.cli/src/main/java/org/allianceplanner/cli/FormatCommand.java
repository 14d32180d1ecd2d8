package org.allianceplanner.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.model.io.AtomicFiles;
import org.allianceplanner.dsl.resource.PlanText;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

/**
 * {@code alliance format PATH... [--check]}: rewrites plans in the canonical layout (each file
 * replaced whole), or with {@code --check} only lists the files that are not formatted (exit 1).
 * Files with errors (syntax, or bytes that are not UTF-8) are left alone, and so is a file that no longer holds
 * the text that was read; either way the exit code is 1.
 */
public final class FormatCommand implements Subcommand {

	private static final String BYTE_ORDER_MARK = "\uFEFF";

	@Override
	public String name() {
		return "format";
	}

	@Override
	public String synopsis() {
		return "format PATH... [--check]";
	}

	@Override
	public String summary() {
		return "lay plans out canonically; --check only lists unformatted files";
	}

	@Override
	public int run(List<String> args, Console console) {
		try {
			Arguments arguments = Arguments.parse(name(), args, Set.of("--check"), Set.of(), Map.of());
			if (arguments.paths().isEmpty()) {
				throw new UsageException(Messages.missingPaths(name()));
			}
			List<Path> files = PlanFiles.expand(arguments.paths());
			PlanLoader loader = new PlanLoader();
			PlanLoader.LoadedPlans plans = loader.load(files);
			boolean check = arguments.has("--check");
			int unformatted = 0;
			int skipped = 0;
			for (Map.Entry<Resource, Path> entry : plans.paths().entrySet()) {
				XtextResource resource = (XtextResource) entry.getKey();
				Path file = entry.getValue();
				if (!resource.getErrors().isEmpty()) {
					console.err().println(Messages.notFormatted(file.toString(), resource.getErrors().get(0)));
					skipped++;
					continue;
				}
				String text = resource.getParseResult().getRootNode().getText();
				String formatted = format(loader.getInjector(), resource);
				if (!formatted.equals(text)) {
					unformatted++;
					if (check) {
						console.out().println(file);
					} else if (writeFaithfully(file, text, formatted, console)) {
						console.out().println(Messages.formatted(file.toString()));
					} else {
						skipped++;
					}
				}
			}
			// A file left alone is never a success: the user asked for it to be formatted (or checked).
			return skipped > 0 || (check && unformatted > 0) ? ExitCode.ERRORS : ExitCode.OK;
		} catch (UsageException e) {
			console.err().println(e.getMessage());
			return ExitCode.USAGE;
		}
	}

	static String format(Injector injector, XtextResource resource) {
		ITextRegionAccess regionAccess = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource)
				.create();
		FormatterRequest request = injector.getInstance(FormatterRequest.class).setTextRegionAccess(regionAccess);
		return regionAccess.getRewriter().renderToString(injector.getInstance(IFormatter2.class).format(request));
	}

	/**
	 * Writes {@code formatted} over {@code file} only if the file still holds exactly the text that was parsed
	 * ({@code parsed}), read strictly as UTF-8: a file that changed meanwhile or that cannot be read faithfully
	 * is left alone. A byte-order mark stays.
	 *
	 * @return whether the file was written
	 */
	private static boolean writeFaithfully(Path file, String parsed, String formatted, Console console)
			throws UsageException {
		PlanText onDisk;
		try {
			onDisk = PlanText.decode(Files.readAllBytes(file), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UsageException(Messages.ioProblem(file.toString(), "cannot be read: " + e.getMessage()));
		}
		if (onDisk.problem().isPresent() || !onDisk.text().equals(parsed)) {
			console.err().println(Messages.notFormattedChanged(file.toString()));
			return false;
		}
		try {
			AtomicFiles.writeString(file, onDisk.byteOrderMark() ? BYTE_ORDER_MARK + formatted : formatted);
			return true;
		} catch (IOException e) {
			throw new UsageException(Messages.ioProblem(file.toString(), "cannot be written: " + e.getMessage()));
		}
	}

}
