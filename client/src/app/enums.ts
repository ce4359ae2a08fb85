// Hand-kept copies of the schema's enums until typed operations (gql.tada) derive them from
// schema/schema.graphql.

export type Theme =
  | 'BUILT_ENVIRONMENT'
  | 'E_PERMITS_BUILDING_CONTROL'
  | 'LAND_USE_PLANNING'
  | 'PLAN_DATA_MODEL'
  | 'MASTER_PLAN_MAINTENANCE'
  | 'CITY_MODEL_3D'
  | 'CULTURAL_ENVIRONMENT'
  | 'WASTE_MANAGEMENT'
  | 'DIGITAL_SECURITY'
  | 'SAAS_SECURITY'
  | 'CYBER_SECURITY_TESTING'
  | 'CONTINUITY_AND_PREPAREDNESS'
  | 'SECURITY_COMPETENCE'
  | 'DATA_DRIVEN_MANAGEMENT'
  | 'WORK_CULTURE'
  | 'DATA_QUALITY';

export type ProjectStatus = 'PLANNED' | 'FUNDED' | 'ONGOING' | 'COMPLETED' | 'DISCONTINUED';
