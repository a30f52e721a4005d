/*
 * The positioned graph that the layout produces and the renderer draws: boxes and edge polylines in
 * absolute coordinates, each tied back to the PreviewGraph element it shows. Types only.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * 'state': a PreviewState (`ref` = its id; `compound` when it holds nested machines);
 * 'machine': a Parallel branch / Map processor box (`ref` = machine id);
 * 'start' / 'end': a machine's start and end markers (`ref` = machine id);
 * 'missing': a transition target that does not exist (`ref` = the name as written);
 * 'handlerRef': where a Catch edge to a shared error handler ends (`ref` = the handler's state id).
 */
export type PlacedNodeKind = 'state' | 'machine' | 'start' | 'end' | 'missing' | 'handlerRef';

export interface PlacedNode extends Box {
  readonly id: string;
  readonly kind: PlacedNodeKind;
  readonly ref: string;
  readonly compound: boolean;
  /** A handler reference's Catch errors ('States.ALL'). */
  readonly errors?: string;
}

export type PlacedEdgeKind = 'Next' | 'Default' | 'Choice' | 'Catch' | 'Start' | 'End';

export interface PlacedLabel extends Box {
  readonly text: string;
  /** The full text when `text` is shortened. */
  readonly full: string;
}

export interface PlacedEdge {
  readonly id: string;
  readonly kind: PlacedEdgeKind;
  /** Ids of PlacedNodes. */
  readonly source: string;
  readonly target: string;
  readonly points: readonly Point[];
  readonly label?: PlacedLabel;
}

export interface GraphLayout {
  readonly width: number;
  readonly height: number;
  /** Containers before what they contain (draw order). */
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly PlacedEdge[];
}
