package org.allianceplanner.docgen;

import java.nio.charset.StandardCharsets;
import org.allianceplanner.docgen.content.FigureBlock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;

import org.allianceplanner.docgen.content.Document;
import org.allianceplanner.docgen.content.Link;
import org.allianceplanner.docgen.internal.build.ChecklistBuilder;
import org.allianceplanner.docgen.internal.build.CoverageBuilder;
import org.allianceplanner.docgen.internal.build.Edition;
import org.allianceplanner.docgen.internal.build.IndexBuilder;
import org.allianceplanner.docgen.internal.build.MatrixBuilder;
import org.allianceplanner.docgen.internal.build.PlanDocumentBuilder;
import org.allianceplanner.docgen.internal.build.PlanIndex;
import org.allianceplanner.docgen.internal.io.OutputFolder;
import org.allianceplanner.docgen.internal.io.SafeNames;
import org.allianceplanner.docgen.internal.render.CsvRenderer;
import org.allianceplanner.docgen.internal.render.DocxRenderer;
import org.allianceplanner.docgen.internal.render.JsonRenderer;
import org.allianceplanner.docgen.internal.render.PdfRenderer;
import org.allianceplanner.docgen.internal.render.PoiTemporaryFolder;
import org.allianceplanner.docgen.internal.render.Renderer;
import org.allianceplanner.docgen.internal.render.TemplateRenderer;
import org.allianceplanner.docgen.internal.render.Templates;
import org.allianceplanner.docgen.internal.render.XlsxRenderer;
import org.allianceplanner.model.plan.Party;
import org.allianceplanner.model.plan.Plan;
import org.allianceplanner.model.plan.PlanModel;

/**
 * Generates everything planners hand to the people who execute a plan, for one audience, into one folder:
 *
 * <pre>
 * index.html                                   links to everything below
 * &lt;plan&gt;/plan.{html,pdf,docx,md}                the plan document
 * &lt;plan&gt;/checklist.{html,md,csv,xlsx,json}      coordination checklists, every stage and party
 * &lt;plan&gt;/checklists/&lt;party&gt;.{html,md}       one party's checklist, to print
 * &lt;plan&gt;/responsibility-matrix.{html,csv,xlsx}  tasks by parties
 * &lt;plan&gt;/synchronization-matrix.{html,csv,xlsx} readiness stages by parties
 * &lt;plan&gt;/coverage.html                          Guidelines coverage
 * </pre>
 *
 * Each output is written in those of its formats selected in the options. Every document is built once
 * into a format-independent {@link Document} and then drawn by one renderer per format, so the formats
 * agree. Output is reproducible: the date comes from {@link GeneratorOptions#date()}, else the
 * {@code SOURCE_DATE_EPOCH} environment variable, else the newest modification time of the plan files.
 */
public final class PlanDocumentGenerator {

	static final Set<OutputFormat> PLAN_FORMATS = Set.of(OutputFormat.HTML, OutputFormat.PDF, OutputFormat.DOCX,
			OutputFormat.MARKDOWN);
	static final Set<OutputFormat> CHECKLIST_FORMATS = Set.of(OutputFormat.HTML, OutputFormat.MARKDOWN,
			OutputFormat.CSV, OutputFormat.XLSX, OutputFormat.JSON);
	/** One party's checklist is a printed handout; tracking and other systems use the combined checklist. */
	static final Set<OutputFormat> PARTY_CHECKLIST_FORMATS = Set.of(OutputFormat.HTML, OutputFormat.MARKDOWN);
	static final Set<OutputFormat> MATRIX_FORMATS = Set.of(OutputFormat.HTML, OutputFormat.CSV, OutputFormat.XLSX);
	static final Set<OutputFormat> COVERAGE_FORMATS = Set.of(OutputFormat.HTML);

	/** Used when neither the options, the environment nor the input files give a date. */
	static final Instant FALLBACK_DATE = Instant.parse("1980-01-01T00:00:00Z");

	/**
	 * Generates the edition for {@code options.audience()} of every plan in {@code models}.
	 *
	 * @param findings validation findings per plan ({@link FindingsSource#NOT_SUPPLIED} if validation did not run)
	 * @param coverage Guidelines coverage per plan (for example {@link CoverageSource#fromTraceability()})
	 * @throws GenerationException naming the file or plan that could not be written; files finished before
	 *             the failure are complete, and no file is left half-written
	 */
	public GenerationResult generate(List<PlanModel> models, GeneratorOptions options, FindingsSource findings,
			CoverageSource coverage) throws IOException {
		return generate(models, options, findings, coverage, FigureSource.NONE);
	}

	/**
	 * As {@link #generate(List, GeneratorOptions, FindingsSource, CoverageSource)}, with each plan's figures
	 * (diagrams) for the options' audience in its plan document; where the plan document is written in
	 * Markdown, each figure is also written as {@code <plan>/diagrams/<name>.svg}, which the document links to.
	 */
	public GenerationResult generate(List<PlanModel> models, GeneratorOptions options, FindingsSource findings,
			CoverageSource coverage, FigureSource figures) throws IOException {
		Instant date = options.date() != null ? options.date() : dateFromInput(models);
		PoiTemporaryFolder poiTemporaryFolder = new PoiTemporaryFolder();
		Map<OutputFormat, Renderer> renderers = renderers(options, poiTemporaryFolder);
		OutputFolder folder = new OutputFolder(options.outputDir(), options.overwriteForeignFiles());
		Edition edition = new Edition(options.audience());
		ExecutorService pool = Executors.newFixedThreadPool(RENDER_THREADS, r -> {
			Thread t = new Thread(r, "docgen-render");
			t.setDaemon(true);
			return t;
		});
		boolean finished = false;
		try {
			List<Plan> plans = new ArrayList<>();
			for (PlanModel m : models) {
				plans.addAll(edition.visible(m.getPlans()));
			}
			SafeNames planNames = new SafeNames();
			IndexBuilder index = new IndexBuilder(edition);
			int n = 0;
			for (Plan plan : plans) {
				options.progress().planStarted(++n, plans.size(), plan.getName());
				String dir = planNames.unique(plan.getName(), "plan") + "/";
				Writer w = new Writer(folder, renderers, options.formats(), pool);
				List<FigureBlock> figureBlocks = figures(figures.figuresFor(plan, options.audience()));
				if (options.formats().contains(OutputFormat.MARKDOWN)) {
					for (FigureBlock figure : figureBlocks) {
						w.writeFile(dir + figure.file(), figure.figure().svg().getBytes(StandardCharsets.UTF_8));
					}
				}
				w.write(dir + "plan", "Plan document", PLAN_FORMATS, new PlanDocumentBuilder(edition).build(plan, date,
						findings == FindingsSource.NOT_SUPPLIED ? null : findings.findingsFor(plan), figureBlocks));
				PlanIndex planIndex = new PlanIndex(plan, edition);
				ChecklistBuilder checklists = new ChecklistBuilder(planIndex);
				w.write(dir + "checklist", "Coordination checklists, every stage and party", CHECKLIST_FORMATS,
						checklists.all(date));
				SafeNames partyNames = new SafeNames();
				for (Party party : planIndex.parties()) {
					Document checklist = checklists.forParty(party, date);
					w.write(dir + "checklists/" + partyNames.unique(party.getName(), "party"), checklist.title(),
							PARTY_CHECKLIST_FORMATS, checklist);
				}
				MatrixBuilder matrices = new MatrixBuilder(planIndex);
				w.write(dir + "responsibility-matrix", "Responsibility matrix", MATRIX_FORMATS,
						matrices.responsibility(date));
				w.write(dir + "synchronization-matrix", "Synchronization matrix", MATRIX_FORMATS,
						matrices.synchronization(date));
				w.write(dir + "coverage", "Guidelines coverage", COVERAGE_FORMATS,
						new CoverageBuilder(edition).build(plan, coverage.coverageFor(plan), date));
				// One plan at a time: its documents are released before the next plan's are built.
				w.awaitAll();
				index.add(plan, planIndex.parties(), w.links());
			}
			Document indexPage = index.build(date);
			folder.write("index.html", out -> renderers.get(OutputFormat.HTML).render(indexPage, out));
			List<Path> removed = folder.finish().stream().map(Path::of).toList();
			finished = true;
			return new GenerationResult(folder.written().stream().sorted().map(Path::of).toList(), removed, edition.withheld());
		} finally {
			pool.shutdownNow();
			if (!finished) {
				awaitQuietly(pool);
				folder.abort();
			}
			poiTemporaryFolder.close();
		}
	}

	/** The blocks of a plan's figures, each with a file name unique in the plan's {@code diagrams/} folder. */
	private static List<FigureBlock> figures(List<Figure> figures) {
		SafeNames names = new SafeNames();
		List<FigureBlock> blocks = new ArrayList<>(figures.size());
		for (Figure f : figures) {
			blocks.add(new FigureBlock(f, "diagrams/" + names.unique(f.name(), "diagram") + ".svg"));
		}
		return blocks;
	}

	/** Renders run beside document building; PDF and Word dominate, so two threads cover most machines. */
	private static final int RENDER_THREADS = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 3));

	private static void awaitQuietly(ExecutorService pool) {
		try {
			pool.awaitTermination(1, TimeUnit.MINUTES);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static Map<OutputFormat, Renderer> renderers(GeneratorOptions options, PoiTemporaryFolder poiTemporaryFolder) {
		Templates templates = new Templates(options.templateDir());
		Map<OutputFormat, Renderer> map = new EnumMap<>(OutputFormat.class);
		for (Renderer r : List.of(TemplateRenderer.html(templates), TemplateRenderer.markdown(templates),
				new PdfRenderer(), new DocxRenderer(), new CsvRenderer(), new XlsxRenderer(poiTemporaryFolder), new JsonRenderer())) {
			map.put(r.format(), r);
		}
		// The index page is always written; the rest only in the selected formats.
		map.keySet().removeIf(f -> f != OutputFormat.HTML && !options.formats().contains(f));
		return map;
	}

	/**
	 * Writes one plan's documents in the selected formats among those each supports. Rendering runs on the
	 * pool; the links for the index are recorded in submission order, so the index does not depend on
	 * timing.
	 */
	private static final class Writer {
		private final OutputFolder folder;
		private final Map<OutputFormat, Renderer> renderers;
		private final Set<OutputFormat> selected;
		private final ExecutorService pool;
		private final List<Link> links = new ArrayList<>();
		private final List<Future<?>> pending = new ArrayList<>();

		Writer(OutputFolder folder, Map<OutputFormat, Renderer> renderers, Set<OutputFormat> selected,
				ExecutorService pool) {
			this.folder = folder;
			this.renderers = renderers;
			this.selected = selected;
			this.pool = pool;
		}

		void write(String base, String label, Set<OutputFormat> supported, Document document) {
			for (OutputFormat f : OutputFormat.values()) {
				if (supported.contains(f) && selected.contains(f)) {
					String file = base + "." + f.extension();
					links.add(new Link(label, file, f.label()));
					pending.add(pool.submit(() -> {
						try {
							folder.write(file, out -> renderers.get(f).render(document, out));
						} catch (GenerationException e) {
							throw e;
						} catch (IOException | RuntimeException e) {
							throw new GenerationException("Writing " + folder.root().resolve(file) + " failed: " + e.getMessage(), e);
						}
						return null;
					}));
				}
			}
		}

		/** Writes a file's bytes as they are (a figure beside the Markdown document that links to it). */
		void writeFile(String file, byte[] bytes) {
			pending.add(pool.submit(() -> {
				try {
					folder.write(file, out -> out.write(bytes));
				} catch (GenerationException e) {
					throw e;
				} catch (IOException | RuntimeException e) {
					throw new GenerationException("Writing " + folder.root().resolve(file) + " failed: " + e.getMessage(), e);
				}
				return null;
			}));
		}

		/** Waits for every render; the first failure is thrown (the others are cancelled). */
		void awaitAll() throws IOException {
			try {
				for (Future<?> f : pending) {
					f.get();
				}
			} catch (ExecutionException e) {
				pending.forEach(f -> f.cancel(true));
				Throwable cause = e.getCause();
				if (cause instanceof IOException io) {
					throw io;
				}
				if (cause instanceof RuntimeException re) {
					throw re;
				}
				throw new GenerationException("Rendering failed: " + cause, cause);
			} catch (InterruptedException e) {
				pending.forEach(f -> f.cancel(true));
				Thread.currentThread().interrupt();
				throw new GenerationException("Generation interrupted", e);
			}
		}

		List<Link> links() {
			return links;
		}
	}

	private static Instant dateFromInput(List<PlanModel> models) {
		String epoch = System.getenv("SOURCE_DATE_EPOCH");
		if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
			return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
		}
		Instant newest = null;
		for (PlanModel m : models) {
			if (m.eResource() != null && m.eResource().getURI() != null && m.eResource().getURI().isFile()) {
				URI uri = m.eResource().getURI();
				try {
					Instant t = Files.getLastModifiedTime(Path.of(uri.toFileString())).toInstant();
					newest = newest == null || t.isAfter(newest) ? t : newest;
				} catch (IOException | RuntimeException e) {
					// not a readable file: no date from it
				}
			}
		}
		return newest != null ? newest.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) : FALLBACK_DATE;
	}
}
