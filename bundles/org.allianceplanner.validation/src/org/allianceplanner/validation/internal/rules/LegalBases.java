package org.allianceplanner.validation.internal.rules;

import java.util.List;

import org.allianceplanner.model.guidelines.LegalBasisKind;
import org.allianceplanner.model.plan.LegalBasis;
import org.allianceplanner.model.plan.Task;
import org.allianceplanner.validation.Fix;

/** Shared look-ups of the legal bases a task cites. */
final class LegalBases {

	private LegalBases() {
	}

	static boolean cites(Task task, LegalBasisKind kind) {
		for (LegalBasis b : task.getLegalBases()) {
			if (b.getKind() == kind) {
				return true;
			}
		}
		return false;
	}

	/** A cited basis of this kind that names its reference (resolution number, law title). */
	static boolean citesWithReference(Task task, LegalBasisKind kind) {
		for (LegalBasis b : task.getLegalBases()) {
			if (b.getKind() == kind && b.getReference() != null && !b.getReference().isBlank()) {
				return true;
			}
		}
		return false;
	}

	/** The fix: cite a legal basis of this kind. */
	static Fix citeFix(LegalBasisKind kind, String label) {
		return new Fix(Fix.KIND_ADD_ELEMENT, label, List.of("legalBases", "LegalBasis", "kind=" + kind.getLiteral()));
	}
}
