// The entry format leaves defaults out (a TEXT step, a SEQUENCE, a SEE_ALSO reference); read through the
// API, every source says what it is, so clients need not know the defaults.
import { FieldResolver, Resolver, Root } from "type-graphql";
import { ReferenceSource, ResolutionSource, StepSource } from "../schema/entry-source.type.ts";
import { ReferenceKind, StepKind, StepsMode } from "../schema/enums.ts";

@Resolver(() => StepSource)
export class StepSourceFieldsResolver {
  @FieldResolver(() => StepKind, {
    nullable: true,
    description:
      "NOTE for a note; TEXT or COMMAND may be left out (a step with command is a COMMAND step, else TEXT). Always set when read.",
  })
  kind(@Root() step: StepSource): StepKind {
    return step.kind ?? (step.command != null ? StepKind.COMMAND : StepKind.TEXT);
  }
}

@Resolver(() => ResolutionSource)
export class ResolutionSourceFieldsResolver {
  @FieldResolver(() => StepsMode, {
    nullable: true,
    description:
      "SEQUENCE (do the steps in order) or ALTERNATIVES (do one of them). Always set when read; on a save, leaving it out keeps the resolution's mode (SEQUENCE for a new one).",
  })
  stepsMode(@Root() resolution: ResolutionSource): StepsMode {
    return resolution.stepsMode ?? StepsMode.SEQUENCE;
  }
}

@Resolver(() => ReferenceSource)
export class ReferenceSourceFieldsResolver {
  @FieldResolver(() => ReferenceKind, {
    nullable: true,
    description:
      "SEE_ALSO (further reading) or SOURCE (the article the entry is from). Always set when read; on a save, leaving it out keeps the reference's kind (SEE_ALSO for a new one).",
  })
  kind(@Root() reference: ReferenceSource): ReferenceKind {
    return reference.kind ?? ReferenceKind.SEE_ALSO;
  }
}
