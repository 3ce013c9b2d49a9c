import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model rows (written by the projections, read by the queries). */
@Entity({ name: 'directory_agents' })
export class AgentDirectoryEntryEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'first_name', type: 'text' }) firstName!: string;
  @Column({ name: 'last_name', type: 'text' }) lastName!: string;
  @Column({ name: 'usual_name', type: 'text', nullable: true }) usualName!: string | null;
  @Column({ name: 'post_title', type: 'text' }) postTitle!: string;
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId!: string | null;
  @Column({ name: 'manager_id', type: 'uuid', nullable: true }) managerId!: string | null;
  @Column({ name: 'work_email', type: 'text' }) workEmail!: string;
  @Column({ name: 'work_phone', type: 'text', nullable: true }) workPhone!: string | null;
  @Column({ type: 'text', nullable: true }) office!: string | null;
  @Column({ name: 'start_date', type: 'date', nullable: true }) startDate!: string | null;
  @Column({ type: 'text' }) status!: 'active' | 'on_leave' | 'departed';
  @Column({ name: 'search_text', type: 'text', select: false }) searchText!: string;
  @Column({ name: 'sort_name', type: 'text', select: false }) sortName!: string;
  @Column({ type: 'bigint', transformer: { from: Number, to: (v: number) => v } }) version!: number;
}

@Entity({ name: 'directory_org_units' })
export class OrgUnitEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) kind!: 'direction' | 'service';
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId!: string | null;
  @Column({ type: 'bigint', transformer: { from: Number, to: (v: number) => v } }) version!: number;
}

export const DIRECTORY_ENTITIES = [AgentDirectoryEntryEntity, OrgUnitEntity];
